/**
 * Résumé import: a JSON Resume or a LinkedIn data export read into a profile, with a report of how it
 * was read and the questions that settle what a résumé cannot say. Start at {@link
 * org.pmpathways.resume.ResumeImport}.
 */
package org.pmpathways.resume;

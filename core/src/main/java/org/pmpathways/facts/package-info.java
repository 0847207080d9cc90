/**
 * The facts the rules reason over and the conclusions they insert. This is the vocabulary of the
 * DRL files: the engine inserts a {@link org.pmpathways.facts.Candidate}, each
 * {@link org.pmpathways.profile.SideProject}, each {@link org.pmpathways.facts.SkillSignal} and one
 * fact per {@link org.pmpathways.advice.Pathway} and {@link org.pmpathways.advice.Competency}; the
 * rules insert the other types here, and the engine turns them into the advice.
 *
 * <p>Conclusions carry a message key and its arguments rather than text, so a host can translate or
 * rephrase every sentence in the resource bundle. All types here are immutable and thread-safe.
 */
package org.pmpathways.facts;

/**
 * Reading a candidate: free-text job titles into role families, and free-text skills into what they
 * show, through the vocabulary the rules artifact ships (ESCO occupation labels mapped to role
 * families, and the project's own additions). One room of its own: no rule engine here.
 *
 * <p>{@link org.pmpathways.reading.Vocabulary} reads; a title reads into a
 * {@link org.pmpathways.reading.TitleReading}, skills into a {@link org.pmpathways.reading.SkillReading}.
 */
package org.pmpathways.reading;

/**
 * The facts the rules reason over and the conclusions they draw. This is the vocabulary of the DRL
 * files, in two phases (agenda groups):
 *
 * <ol>
 *   <li>{@value org.pmpathways.facts.Conclusions#WEIGH}: the engine inserts one flat
 *       {@link org.pmpathways.facts.Candidate} (everything rules test about the person, computed once),
 *       one {@link org.pmpathways.facts.Project} per side project and one
 *       {@link org.pmpathways.facts.SkillSignal} per recognised skill; rules give pathway points,
 *       competency evidence, stages and warnings;</li>
 *   <li>{@value org.pmpathways.facts.Conclusions#PLAN}: the engine adds the conclusions up once (the
 *       scores, the primary pathway, the levels, the stage), inserts the
 *       {@link org.pmpathways.facts.Standing}, which carries the candidate, and rules propose actions,
 *       reading the candidate through it ({@code Standing(ready, candidate.aspirant)}) rather than
 *       joining the two.</li>
 * </ol>
 *
 * <p>Rules write their conclusions to the global {@link org.pmpathways.facts.Conclusions}
 * {@code conclusions} rather than inserting facts other rules join on. Conclusions carry a message key
 * and its arguments rather than text, so a host can translate or rephrase every sentence in the
 * resource bundle. A host's rules join the same session and must name their phase.
 *
 * <p>All types here are immutable and thread-safe, except {@link org.pmpathways.facts.Conclusions},
 * which belongs to one session.
 */
package org.pmpathways.facts;

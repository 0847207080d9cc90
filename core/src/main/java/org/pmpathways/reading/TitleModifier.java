package org.pmpathways.reading;

/**
 * A word in a job title that changes what it says about the person. How each one weighs on the role
 * family read is decided in {@link Vocabulary#readTitle}:
 * <ul>
 *   <li>{@link #ASPIRING} and {@link #FORMER}: the title names a role the person does not hold now
 *       ("Aspiring Product Manager", "Ex-PM"), so that part of the title does not decide the family;
 *       another part can ("Former PM / Data Analyst" is a data analyst), otherwise the family is
 *       {@link org.pmpathways.profile.RoleFamily#UNKNOWN} and the reading says why.</li>
 *   <li>{@link #INTERN}, {@link #STUDENT}, {@link #TRAINEE}: the person works in the family at an early
 *       stage ("Software Engineering Intern" is a developer), except that none of them makes someone a
 *       product manager: "Product Management Intern" is UNKNOWN, with the reason.</li>
 *   <li>{@link #FREELANCE}: how the person works, not what; the family stands.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum TitleModifier {
  /** Wants the role or is looking for it: "aspiring", "future", "seeking", "open to", "aspirante", "angehender". */
  ASPIRING,
  /** Held the role before: "former", "ex-", "ancien", "ehemaliger". */
  FORMER,
  /** An intern: "intern", "stagiaire", "becario", "Praktikant", "estagiário". */
  INTERN,
  /** A student: "student", "étudiant", "estudiante", "Werkstudent". */
  STUDENT,
  /** A trainee or apprentice: "trainee", "apprenti", "Azubi". */
  TRAINEE,
  /** Works on their own account: "freelance", "independent", "freiberuflich". */
  FREELANCE
}

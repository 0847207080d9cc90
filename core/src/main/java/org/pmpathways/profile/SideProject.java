package org.pmpathways.profile;

import static org.pmpathways.profile.ProfileLimits.checkRange;
import static org.pmpathways.profile.ProfileLimits.checkText;

import java.util.Objects;
import org.pmpathways.InvalidProfileException;

/**
 * Something the candidate built or wrote outside their job: a tiny product, a store, a workshop, a
 * case study.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; the constructor validates too.
 *
 * @param name what the candidate calls it (may be empty)
 * @param kind what it is
 * @param stage how far it has come
 * @param users people who used it, {@code >= 0}
 * @param revenue money it made, {@code >= 0}
 * @param problemDefined the candidate wrote down which problem it solves and for whom
 * @param userResearch the candidate talked to or observed its users
 * @param successMetrics the candidate set measures of success
 */
public record SideProject(String name, ProjectKind kind, ProjectStage stage, long users, double revenue,
    boolean problemDefined, boolean userResearch, boolean successMetrics) {

  /**
   * Validates every component.
   *
   * @throws InvalidProfileException naming the first component that is wrong
   */
  public SideProject {
    name = name == null ? "" : name;
    checkText("name", name);
    if (kind == null) {
      throw InvalidProfileException.missing("kind", ProjectKind.class);
    }
    if (stage == null) {
      throw InvalidProfileException.missing("stage", ProjectStage.class);
    }
    checkRange("users", users, 0, ProfileLimits.MAX_COUNT);
    if (!(revenue >= 0 && revenue <= ProfileLimits.MAX_REVENUE)) {
      throw new InvalidProfileException("revenue", "must be between 0 and " + (long) ProfileLimits.MAX_REVENUE
          + ", was " + revenue);
    }
  }

  /** The project's name, or its kind when it has no name, for texts. */
  public String label() {
    return name.isBlank() ? "your " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : name;
  }

  /** Returns a builder for a side project; kind and stage are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "SideProject(" + (name.isEmpty() ? "" : "'" + name + "', ") + kind + ", " + stage
        + ", users=" + users + ", revenue=" + formatRevenue(revenue)
        + ", problemDefined=" + problemDefined + ", userResearch=" + userResearch
        + ", successMetrics=" + successMetrics + ")";
  }

  private static String formatRevenue(double revenue) {
    return revenue == Math.rint(revenue) && revenue < 1e15 ? Long.toString((long) revenue) : Double.toString(revenue);
  }

  /** Builds a {@link SideProject}. Not thread-safe; use one per project. */
  public static final class Builder {
    private String name = "";
    private ProjectKind kind;
    private ProjectStage stage;
    private long users;
    private double revenue;
    private boolean problemDefined;
    private boolean userResearch;
    private boolean successMetrics;

    private Builder() {}

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    public Builder kind(ProjectKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind must not be null");
      return this;
    }

    public Builder stage(ProjectStage stage) {
      this.stage = Objects.requireNonNull(stage, "stage must not be null");
      return this;
    }

    public Builder users(long users) {
      this.users = users;
      return this;
    }

    public Builder revenue(double revenue) {
      this.revenue = revenue;
      return this;
    }

    public Builder problemDefined(boolean problemDefined) {
      this.problemDefined = problemDefined;
      return this;
    }

    public Builder userResearch(boolean userResearch) {
      this.userResearch = userResearch;
      return this;
    }

    public Builder successMetrics(boolean successMetrics) {
      this.successMetrics = successMetrics;
      return this;
    }

    /**
     * Returns the side project.
     *
     * @throws InvalidProfileException naming the field that is missing or out of range
     */
    public SideProject build() {
      return new SideProject(name, kind, stage, users, revenue, problemDefined, userResearch, successMetrics);
    }
  }
}

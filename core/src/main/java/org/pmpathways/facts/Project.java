package org.pmpathways.facts;

import java.util.Objects;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;

/**
 * One side project as the rules see it: the profile's facts, with what the rules test computed once.
 * The engine inserts one per side project of the profile.
 *
 * <p>Immutable and thread-safe.
 */
public final class Project {
  private final SideProject project;
  private final int index;
  private final ProjectNature nature;
  private final boolean productWorkDone;

  /**
   * @param project the side project as the profile gives it
   * @param index its position in the profile's list, from 0
   * @param nature what its kind can prove
   * @param productWorkDone whether the candidate completed the product work on their projects (a
   *     completed {@code COMPLETE_PRODUCT_WORK_ON_PROJECT}): problem, research and metrics count as done
   */
  public Project(SideProject project, int index, ProjectNature nature, boolean productWorkDone) {
    this.project = Objects.requireNonNull(project, "project must not be null");
    this.index = index;
    this.nature = Objects.requireNonNull(nature, "nature must not be null");
    this.productWorkDone = productWorkDone;
  }

  public SideProject getSideProject() {
    return project;
  }

  /** Its position in the profile's list, from 0. */
  public int getIndex() {
    return index;
  }

  /** Its name, or "" when the profile gives none. */
  public String getName() {
    return project.name();
  }

  public boolean isNamed() {
    return !project.name().isBlank();
  }

  public ProjectKind getKind() {
    return project.kind();
  }

  public ProjectNature getNature() {
    return nature;
  }

  public ProjectStage getStage() {
    return project.stage();
  }

  public boolean isLaunched() {
    return project.stage() == ProjectStage.LAUNCHED;
  }

  public long getUsers() {
    return project.users();
  }

  public double getRevenue() {
    return project.revenue();
  }

  public boolean isEarning() {
    return project.revenue() > 0;
  }

  public boolean isProblemDefined() {
    return productWorkDone || project.problemDefined();
  }

  public boolean isUserResearch() {
    return productWorkDone || project.userResearch();
  }

  public boolean isSuccessMetrics() {
    return productWorkDone || project.successMetrics();
  }

  /** Whether the problem, the user research or the success metrics are still to do. */
  public boolean isMissingProductWork() {
    return !(isProblemDefined() && isUserResearch() && isSuccessMetrics());
  }

  /**
   * Whether it proves the candidate can deliver a product, by outcomes: a launched product with users
   * or revenue, or a delivered service with revenue or measured results. Concept work never does.
   */
  public boolean isOutcomeProof() {
    if (!isLaunched()) {
      return false;
    }
    return switch (nature) {
      case SHIPPED_PRODUCT -> project.users() > 0 || project.revenue() > 0;
      case SERVICE -> project.revenue() > 0 || (project.users() > 0 && isSuccessMetrics());
      case CONCEPT -> false;
    };
  }

  /** Whether it is launched and nobody uses or pays for it yet. */
  public boolean isLaunchedWithoutOutcome() {
    return isLaunched() && project.users() == 0 && project.revenue() == 0;
  }

  @Override
  public String toString() {
    return "Project#" + index + "(" + project + ", " + nature + ")";
  }
}

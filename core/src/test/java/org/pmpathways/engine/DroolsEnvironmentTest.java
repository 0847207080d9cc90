package org.pmpathways.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** What the core alone (the light runtime, no DRL compiler on its test classpath) finds of Drools. */
class DroolsEnvironmentTest {

  @Test
  void theDroolsVersionIsTheCanonicalModelJars() {
    assertEquals(org.drools.model.Model.class.getPackage().getImplementationVersion(),
        DroolsEnvironment.droolsVersion());
    assertNotNull(DroolsEnvironment.droolsVersion());
  }

  @Test
  void theRuntimePartsAreRegistered() {
    DroolsEnvironment.checkRuntime();
  }

  @Test
  void withoutTheCompilerTheProblemNamesTheArtifactToAddAndWhatIsMissing() {
    String problem = DroolsEnvironment.drlProblem("1.2.3");
    assertTrue(problem.contains("add the dependency org.pmpathways:pm-pathways-drl:1.2.3"), problem);
    assertTrue(problem.contains("missing here: org.drools:drools-compiler, org.drools:drools-mvel,"
        + " org.drools:drools-wiring-dynamic"), problem);
  }

  @Test
  void aNoticeIsLoggedOnce() {
    CountingLogger log = new CountingLogger();
    String notice = "a notice for " + getClass().getName();
    DroolsEnvironment.logOnce(log, false, notice);
    DroolsEnvironment.logOnce(log, false, notice);
    assertEquals(1, log.count);
  }

  /** A logger that counts what it is given. */
  private static final class CountingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    int count;

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
        Throwable throwable) {
      count++;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }
}

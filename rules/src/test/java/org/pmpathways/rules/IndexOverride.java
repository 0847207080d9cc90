package org.pmpathways.rules;

import java.net.URL;
import org.pmpathways.engine.RuleSet;

/** A class loader that answers the rule-set index with a test index, and everything else as usual. */
final class IndexOverride extends ClassLoader {
  private final String index;

  IndexOverride(String index) {
    super(IndexOverride.class.getClassLoader());
    this.index = index;
  }

  @Override
  public URL getResource(String name) {
    return super.getResource(name.equals(RuleSet.INDEX) ? index : name);
  }
}

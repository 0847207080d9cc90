/**
 * PM Pathways: advice for people breaking into product management, decided by Drools rules.
 *
 * <p>The packages hosts use are exported: the facade ({@code org.pmpathways}), the profile and the
 * advice, their JSON, the facts host rules match ({@code org.pmpathways.facts}) and the reading of
 * titles and skills. The engine's plumbing ({@code org.pmpathways.engine}) is not. Drools runs on the
 * module path as automatic modules; the rules artifact ({@code org.pmpathways.rules}) is one too.
 */
module org.pmpathways.core {
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.ancompiler;
  requires org.drools.base;
  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.slf4j;
  // Transitive: ProfileJson and AdviceJson take and give its JsonParser and JsonGenerator.
  requires transitive com.fasterxml.jackson.core;

  exports org.pmpathways;
  exports org.pmpathways.advice;
  exports org.pmpathways.facts;
  exports org.pmpathways.json;
  exports org.pmpathways.profile;
  exports org.pmpathways.reading;
}

module com.example.modular {
  requires org.pmpathways.core;
  // The host's message bundle is read by the library through the class loader: its package must be open.
  opens com.example.modular;
}

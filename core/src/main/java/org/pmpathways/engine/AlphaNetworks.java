package org.pmpathways.engine;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.DeclarationsHandler;
import org.drools.ancompiler.NetworkHandler;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.common.NetworkNode;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.WindowNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.pmpathways.AdvisorException;

/**
 * The library's alpha networks compiled by Drools' alpha network compiler at build time, and put in
 * place in a rule base built from the precompiled model.
 *
 * <p>Drools evaluates the constraints a fact meets alone (the alpha network: {@code Candidate(aspirant,
 * inTrio)}) node by node, each node handing the fact to the next. The alpha network compiler turns one
 * fact type's network into one class: the constraints called one after the other, the nodes after them
 * called directly. Drools' own ways of using it either generate and compile Java when the rule base is
 * built (a compiler and a code generator at run time) or generate the code again to find what the
 * compiled classes need. The rules module's build step ({@code rules/src/build/RuleModelWriter.java})
 * does the generating and compiling instead, and writes beside the model's descriptor, for each fact
 * type, the compiled class and the shape of the network it was compiled from; here each class is put
 * in place on the rule base's node for its fact type, when the network there still has that shape.
 *
 * <p>A network that has another shape is left as Drools built it: host rules that match a fact type add
 * nodes the compiled class does not know, so that fact type goes through the nodes as without the
 * compiler (and gives the same advice, only not as fast).
 *
 * <p>Stateless and thread-safe; a rule base must not be in use while networks are put in place.
 */
public final class AlphaNetworks {
  /** The descriptor entries that name, for a fact type, its compiled network's class and shape. */
  public static final String KEY_PREFIX = "alpha-network.";

  private AlphaNetworks() {}

  /**
   * The fact types of a rule base whose alpha network the compiler compiles (every type a rule
   * matches), each with the shape of its network: a digest of its nodes, their kinds and ids, in the
   * order the compiler walks them.
   */
  public static Map<String, String> shapes(KieBase base) {
    Map<String, String> shapes = new TreeMap<>();
    for (ObjectTypeNode node : typeNodes((InternalKnowledgeBase) base)) {
      shapes.put(typeName(node), shape(node));
    }
    return shapes;
  }

  /**
   * The fact types of a rule base whose network is a compiled one, in name order.
   */
  static List<String> compiled(KieBase base) {
    List<String> names = new ArrayList<>();
    for (ObjectTypeNode node : typeNodes((InternalKnowledgeBase) base)) {
      if (node.getObjectSinkPropagator() instanceof CompiledNetwork) {
        names.add(typeName(node));
      }
    }
    names.sort(null);
    return List.copyOf(names);
  }

  /**
   * Puts the compiled networks a descriptor names in place, each on its fact type's node when the
   * network there has the shape it was compiled from.
   *
   * @param networks descriptor entries: fact type name to "class shape"
   * @return the fact types whose network was left as it was because its shape differs
   * @throws AdvisorException if a compiled network's class cannot be loaded or made
   */
  static List<String> attach(KieBase base, Map<String, String> networks, ClassLoader loader) {
    List<String> reshaped = new ArrayList<>();
    for (ObjectTypeNode node : typeNodes((InternalKnowledgeBase) base)) {
      String type = typeName(node);
      String entry = networks.get(type);
      if (entry == null) {
        continue;
      }
      String[] parts = entry.trim().split("\\s+");
      if (parts.length != 2) {
        throw new AdvisorException("the compiled alpha network entry for " + type + " is not 'class shape': " + entry);
      }
      ObjectTypeNodeParser parser = new ObjectTypeNodeParser(node);
      Shape shape = new Shape();
      parser.accept(shape);
      if (!parts[1].equals(shape.digest())) {
        reshaped.add(type);
        continue;
      }
      CompiledNetwork network = newNetwork(parts[0], parser, shape, loader);
      if (!(network instanceof BiConsumer<?, ?>)) {
        throw new AdvisorException("the compiled alpha network " + parts[0] + " was not written by this library's build");
      }
      @SuppressWarnings("unchecked")
      BiConsumer<ObjectTypeNode, List<NetworkNode>> putInPlace = (BiConsumer<ObjectTypeNode, List<NetworkNode>>) network;
      putInPlace.accept(node, shape.nodes);
    }
    return reshaped;
  }

  /**
   * A compiled network for the node the parser walked, made the way the compiler's own loading makes
   * it: with the field read by its one hashed constraint, if any, and the range indexes it refers to
   * by name. The build step gives each class a way to be put in place ({@code BiConsumer.accept}: the
   * node, and the nodes the class refers to) that, unlike the compiler's own, does not load the
   * compiler's code generator.
   */
  private static CompiledNetwork newNetwork(String className, ObjectTypeNodeParser parser, Shape shape,
      ClassLoader loader) {
    if (parser.getIndexableConstraints().size() > 1) {
      // the compiler does not switch over more than one hashed field; it tests each node in turn instead
      parser.setTraverseHashedAlphaNodes(false);
    }
    IndexableConstraint hashed = parser.getIndexableConstraint();
    ReadAccessor field = hashed == null ? null : hashed.getFieldExtractor();
    Map<String, AlphaRangeIndex> ranges = Map.of();
    if (shape.rangeIndexes > 0) {
      DeclarationsHandler declarations = new DeclarationsHandler(new StringBuilder(), false);
      parser.accept(declarations);
      ranges = declarations.getRangeIndexDeclarationMap();
    }
    try {
      return Class.forName(className, true, loader).asSubclass(CompiledNetwork.class)
          .getDeclaredConstructor(ReadAccessor.class, Map.class).newInstance(field, ranges);
    } catch (InvocationTargetException e) {
      throw new AdvisorException("cannot make the compiled alpha network " + className + ": " + e.getCause(),
          e.getCause());
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      throw new AdvisorException("cannot load the compiled alpha network " + className + ": " + e, e);
    }
  }

  private static List<ObjectTypeNode> typeNodes(InternalKnowledgeBase base) {
    List<ObjectTypeNode> nodes = new ArrayList<>();
    for (EntryPointNode entryPoint : base.getRete().getEntryPointNodes().values()) {
      for (ObjectTypeNode node : entryPoint.getObjectTypeNodes().values()) {
        if (node.getObjectType() instanceof ClassObjectType && !node.getObjectType().isAssignableTo(InitialFact.class)) {
          nodes.add(node);
        }
      }
    }
    return nodes;
  }

  private static String typeName(ObjectTypeNode node) {
    return ((ClassObjectType) node.getObjectType()).getClassName();
  }

  private static String shape(ObjectTypeNode node) {
    Shape shape = new Shape();
    new ObjectTypeNodeParser(node).accept(shape);
    return shape.digest();
  }

  /**
   * Writes down the nodes of a network as the compiler walks them: kind and id, and where each ends.
   * The nodes under a hashed or range-indexed field are walked in the order of a hash map, which may
   * differ from one run to the next; they are written down sorted.
   */
  private static final class Shape implements NetworkHandler {
    private final Deque<StringBuilder> out = new ArrayDeque<>(List.of(new StringBuilder()));
    private final Deque<List<String>> groups = new ArrayDeque<>();
    /** The nodes a compiled network refers to, in the order the compiler's own setter is given them. */
    final List<NetworkNode> nodes = new ArrayList<>();
    int rangeIndexes;

    private void add(char kind, int id) {
      out.peek().append(kind).append(id).append(' ');
    }

    private void end(char kind) {
      out.peek().append('/').append(kind).append(' ');
    }

    private void startGroup(char kind) {
      out.peek().append(kind).append(' ');
      groups.push(new ArrayList<>());
    }

    private void endGroup(char kind) {
      List<String> members = groups.pop();
      members.sort(null);
      members.forEach(out.peek()::append);
      end(kind);
    }

    private void startMember(char kind, int id) {
      out.push(new StringBuilder());
      add(kind, id);
    }

    private void endMember(char kind) {
      end(kind);
      groups.peek().add(out.pop().toString());
    }

    String digest() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(out.peek().toString().getBytes(StandardCharsets.US_ASCII)));
      } catch (NoSuchAlgorithmException e) {
        throw new AdvisorException("SHA-256 is not available", e);
      }
    }

    @Override
    public void startObjectTypeNode(ObjectTypeNode node) {
      add('O', node.getId());
    }

    @Override
    public void endObjectTypeNode(ObjectTypeNode node) {
      end('O');
    }

    @Override
    public void startNonHashedAlphaNode(AlphaNode node) {
      nodes.add(node);
      add('A', node.getId());
    }

    @Override
    public void endNonHashedAlphaNode(AlphaNode node) {
      end('A');
    }

    @Override
    public void startBetaNode(BetaNode node) {
      nodes.add(node);
      add('B', node.getId());
    }

    @Override
    public void endBetaNode(BetaNode node) {
      end('B');
    }

    @Override
    public void startWindowNode(WindowNode node) {
      nodes.add(node);
      add('W', node.getId());
    }

    @Override
    public void endWindowNode(WindowNode node) {
      end('W');
    }

    @Override
    public void startLeftInputAdapterNode(LeftInputAdapterNode node) {
      nodes.add(node);
      add('L', node.getId());
    }

    @Override
    public void endWindowNode(LeftInputAdapterNode node) {
      end('L'); // the end of a left input adapter node, so named in Drools' interface
    }

    @Override
    public void startHashedAlphaNodes(IndexableConstraint constraint) {
      startGroup('H');
    }

    @Override
    public void endHashedAlphaNodes(IndexableConstraint constraint) {
      endGroup('H');
    }

    @Override
    public void startHashedAlphaNode(AlphaNode node, Object value) {
      nodes.add(node);
      startMember('h', node.getId());
    }

    @Override
    public void endHashedAlphaNode(AlphaNode node, Object value) {
      endMember('h');
    }

    @Override
    public void nullCaseAlphaNodeStart(AlphaNode node) {
      add('N', node.getId());
    }

    @Override
    public void nullCaseAlphaNodeEnd(AlphaNode node) {
      end('N');
    }

    @Override
    public void startRangeIndex(AlphaRangeIndex index) {
      rangeIndexes++;
      startGroup('R');
    }

    @Override
    public void endRangeIndex(AlphaRangeIndex index) {
      endGroup('R');
    }

    @Override
    public void startRangeIndexedAlphaNode(AlphaNode node) {
      startMember('r', node.getId());
    }

    @Override
    public void endRangeIndexedAlphaNode(AlphaNode node) {
      endMember('r');
    }
  }
}

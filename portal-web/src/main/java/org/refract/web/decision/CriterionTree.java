package org.refract.web.decision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.refract.domain.decision.Criterion;
import org.refract.domain.decision.Criterion.Group;
import org.refract.domain.decision.Criterion.Not;
import org.refract.domain.shared.InvalidInputException;
import org.refract.web.decision.CriterionNode.Kind;

/**
 * A rule's criteria as the editor changes them: the tree kept as rows in reading order with a depth each, and the
 * structural edits a clinician makes in the form — add a criterion or group under a group, remove a criterion with
 * everything under it, change a node's kind (a leaf turned into a group becomes that group's first criterion), move a
 * criterion among its siblings. {@link #toCriteria} rebuilds the domain tree and reports a bad parameter with its
 * row, so the message appears next to the input.
 */
public class CriterionTree implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CriterionNode> nodes = new ArrayList<>();

    private CriterionTree() {}

    public static CriterionTree of(Criterion root) {
        CriterionTree tree = new CriterionTree();
        tree.add(root, 0);
        tree.renumber();
        return tree;
    }

    private void add(Criterion c, int depth) {
        if (c instanceof Group g) {
            nodes.add(CriterionNode.group(g.all() ? Kind.ALL : Kind.ANY, depth, g.label()));
            g.parts().forEach(p -> add(p, depth + 1));
        } else if (c instanceof Not not) {
            nodes.add(CriterionNode.group(Kind.NOT, depth, not.label()));
            add(not.part(), depth + 1);
        } else {
            nodes.add(CriterionNode.leaf(c, depth));
        }
    }

    /** The rows in reading order. */
    public List<CriterionNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /**
     * Adds a new criterion (or group) of {@code kind} as the last part of the group at {@code row}.
     *
     * @return the new row
     * @throws InvalidInputException when the node cannot take another part
     */
    public int addUnder(int row, Kind kind) {
        CriterionNode parent = node(row);
        if (kind == null) {
            throw new InvalidInputException(parent.getPath() + "addKind", "Choose what to add.");
        }
        if (!parent.acceptsParts(end(row) > row + 1)) {
            throw new InvalidInputException(
                    parent.getPath() + "addKind",
                    parent.getKind() == Kind.NOT
                            ? "A \"not\" holds exactly one criterion: change that one instead."
                            : "Criteria are added to an all-of or any-of group.");
        }
        int at = end(row);
        nodes.add(at, new CriterionNode(kind, parent.getDepth() + 1));
        renumber();
        return at;
    }

    /**
     * Removes the criterion at {@code row} and everything under it.
     *
     * @return the row to focus afterwards (its parent)
     * @throws InvalidInputException for the top criterion, which every rule needs
     */
    public int remove(int row) {
        CriterionNode node = node(row);
        if (row == 0) {
            throw new InvalidInputException(
                    node.getPath() + "newKind", "A rule needs its top criterion: change its kind instead.");
        }
        int parent = parent(row);
        nodes.subList(row, end(row)).clear();
        renumber();
        return parent;
    }

    /**
     * Changes the kind of the node at {@code row}. Groups keep their parts when they become another group; a leaf
     * that becomes a group is wrapped by it (it becomes the group's first part); a group becomes a leaf only once it
     * is empty. A leaf of another kind keeps the parameters both kinds share.
     */
    public void changeKind(int row, Kind kind) {
        CriterionNode node = node(row);
        if (kind == null || kind == node.getKind()) {
            return;
        }
        boolean hasParts = end(row) > row + 1;
        if (node.isGroup() && kind.isGroup()) {
            CriterionNode changed = CriterionNode.group(kind, node.getDepth(), node.label());
            nodes.set(row, changed);
        } else if (kind.isGroup()) {
            nodes.add(row, CriterionNode.group(kind, node.getDepth(), null));
            node.place(row + 1, node.getDepth() + 1);
        } else if (hasParts) {
            throw new InvalidInputException(
                    node.getPath() + "newKind", "Remove the criteria under this group first, or keep it a group.");
        } else {
            nodes.set(row, node.as(kind));
        }
        renumber();
    }

    /**
     * Moves the criterion at {@code row} (with everything under it) before its previous sibling.
     *
     * @return its new row (unchanged when it is already first)
     */
    public int moveUp(int row) {
        int depth = node(row).getDepth();
        int previous = -1;
        for (int i = row - 1; i > 0 && nodes.get(i).getDepth() >= depth; i--) {
            if (nodes.get(i).getDepth() == depth) {
                previous = i;
                break;
            }
        }
        if (previous < 0) {
            return row;
        }
        List<CriterionNode> moved = new ArrayList<>(nodes.subList(row, end(row)));
        nodes.subList(row, end(row)).clear();
        nodes.addAll(previous, moved);
        renumber();
        return previous;
    }

    /**
     * Moves the criterion at {@code row} (with everything under it) after its next sibling.
     *
     * @return its new row (unchanged when it is already last)
     */
    public int moveDown(int row) {
        int next = end(row);
        if (row == 0
                || next >= nodes.size()
                || nodes.get(next).getDepth() != node(row).getDepth()) {
            return row;
        }
        int newRow = row + (end(next) - next);
        moveUp(next);
        return newRow;
    }

    /**
     * The domain tree of the (edited) rows.
     *
     * @throws InvalidInputException with the field path "criteria[row].property" of the first bad parameter
     */
    public Criterion toCriteria() {
        int[] next = {0};
        Criterion root = build(next);
        if (next[0] != nodes.size()) {
            throw new InvalidInputException("criteria", "The criteria must form one tree.");
        }
        return root;
    }

    private Criterion build(int[] next) {
        int row = next[0]++;
        CriterionNode n = nodes.get(row);
        try {
            if (n.isGroup()) {
                List<Criterion> parts = new ArrayList<>();
                while (next[0] < nodes.size() && nodes.get(next[0]).getDepth() > n.getDepth()) {
                    parts.add(build(next));
                }
                if (n.getKind() == Kind.NOT) {
                    if (parts.size() != 1) {
                        throw new InvalidInputException("label", "A \"not\" needs exactly one criterion under it.");
                    }
                    return new Not(n.label(), parts.get(0));
                }
                if (parts.isEmpty()) {
                    throw new InvalidInputException("label", "Add at least one criterion to this group, or remove it.");
                }
                return new Group(n.label(), n.getKind() == Kind.ALL, parts);
            }
            return n.leaf();
        } catch (InvalidInputException e) {
            if (e.field() != null && e.field().startsWith("criteria[")) {
                throw e;
            }
            throw new InvalidInputException("criteria[" + row + "]." + n.property(e.field()), e.getMessage());
        }
    }

    private CriterionNode node(int row) {
        if (row < 0 || row >= nodes.size()) {
            throw new IllegalArgumentException("No criterion at row " + row);
        }
        return nodes.get(row);
    }

    /** The row after the last one under {@code row}. */
    private int end(int row) {
        int depth = nodes.get(row).getDepth();
        int i = row + 1;
        while (i < nodes.size() && nodes.get(i).getDepth() > depth) {
            i++;
        }
        return i;
    }

    private int parent(int row) {
        int depth = nodes.get(row).getDepth();
        for (int i = row - 1; i >= 0; i--) {
            if (nodes.get(i).getDepth() < depth) {
                return i;
            }
        }
        return 0;
    }

    private void renumber() {
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).place(i, nodes.get(i).getDepth());
        }
    }
}

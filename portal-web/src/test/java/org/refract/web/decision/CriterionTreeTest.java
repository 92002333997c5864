package org.refract.web.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.decision.Criterion;
import org.refract.domain.shared.InvalidInputException;
import org.refract.web.decision.CriterionNode.Kind;

class CriterionTreeTest {

    private static final String RULE = """
            {"type":"all","of":[{"type":"age","min":18,"label":"Adult"},
             {"type":"any","of":[{"type":"all","of":[
               {"type":"measure","code":"blood-eos","aggregate":"LATEST","op":"GE","threshold":300,"withinMonths":12},
               {"type":"measure","code":"exacerbations-12m","aggregate":"LATEST","op":"GE","threshold":4}]},
              {"type":"findings","factors":["gerd","obesity"],"accepted":["ADDRESSED","EXCLUDED"],"everyFactor":false},
              {"type":"failedTrials","therapies":["azathioprine","mycophenolate"],"min":2},
              {"type":"not","of":{"type":"onTherapy","therapies":["apcc"]}},
              {"type":"change","code":"mg-adl","direction":"DECREASE","amount":2,"percent":false},
              {"type":"valueIn","code":"mgfa-class","values":["IIa","IIIb"]}]}]}""";

    private static CriterionTree tree() {
        return CriterionTree.of(CriteriaJson.read(RULE));
    }

    private static List<String> shape(CriterionTree tree) {
        return tree.nodes().stream().map(n -> n.getDepth() + ":" + n.getKind()).toList();
    }

    @Test
    void aTreeSurvivesTheEditorUnchanged() {
        var criteria = CriteriaJson.read(RULE);
        CriterionTree tree = CriterionTree.of(criteria);
        assertEquals(12, tree.nodes().size());
        assertEquals(
                List.of(0, 1, 1, 2, 3, 3, 2, 2, 2, 3, 2, 2),
                tree.nodes().stream().map(CriterionNode::getDepth).toList());
        assertEquals(CriteriaJson.write(criteria), CriteriaJson.write(tree.toCriteria()));
    }

    @Test
    void editedValuesAreInTheRebuiltTree() {
        CriterionTree tree = tree();
        tree.nodes().get(4).setThreshold(new BigDecimal("360"));
        tree.nodes().get(6).setFactors(List.of("gerd", "obesity", "sleep-apnoea"));
        tree.nodes().get(7).setTherapies(List.of("azathioprine", "methotrexate"));
        String json = CriteriaJson.write(tree.toCriteria());
        assertTrue(json.contains("\"threshold\":360"), json);
        assertTrue(json.contains("\"factors\":[\"gerd\",\"obesity\",\"sleep-apnoea\"]"), json);
        assertTrue(json.contains("\"therapies\":[\"azathioprine\",\"methotrexate\"]"), json);
    }

    @Test
    void aCriterionAddedToAGroupBecomesItsLastPart() {
        CriterionTree tree = tree();
        int row = tree.addUnder(3, Kind.TEST);
        assertEquals(6, row, "after the group's two measurements");
        assertEquals(3, tree.nodes().get(row).getDepth());
        tree.nodes().get(row).setCode("achr-ab");
        String json = CriteriaJson.write(tree.toCriteria());
        assertTrue(json.contains(CriteriaJson.write(new Criterion.TestResult(null, "achr-ab", true)) + "]"), json);
    }

    @Test
    void aNestedGroupIsBuiltByAddingAGroupAndThenItsParts() {
        CriterionTree tree = tree();
        int group = tree.addUnder(0, Kind.ANY);
        int first = tree.addUnder(group, Kind.AGE);
        tree.nodes().get(first).setMax(new BigDecimal("65"));
        int second = tree.addUnder(group, Kind.ON_THERAPY);
        tree.nodes().get(second).setTherapies(List.of("ivig"));
        assertEquals(List.of("1:ANY", "2:AGE", "2:ON_THERAPY"), shape(tree).subList(12, 15));
        String json = CriteriaJson.write(tree.toCriteria());
        String nested = CriteriaJson.write(Criterion.Group.anyOf(
                null, new Criterion.Age(null, null, 65), new Criterion.OnTherapy(null, Set.of("ivig"))));
        assertTrue(json.contains(nested + "]"), json);
    }

    @Test
    void anEmptyGroupIsReportedAtItsRow() {
        CriterionTree tree = tree();
        int group = tree.addUnder(2, Kind.ALL);
        InvalidInputException e = assertThrows(InvalidInputException.class, tree::toCriteria);
        assertEquals("criteria[" + group + "].label", e.field());
    }

    @Test
    void criteriaAreAddedOnlyToGroupsAndANotHoldsOne() {
        CriterionTree tree = tree();
        assertEquals(
                "criteria[1].addKind",
                assertThrows(InvalidInputException.class, () -> tree.addUnder(1, Kind.AGE))
                        .field());
        assertEquals(
                "criteria[8].addKind",
                assertThrows(InvalidInputException.class, () -> tree.addUnder(8, Kind.AGE))
                        .field(),
                "the not already holds its criterion");
    }

    @Test
    void removingAGroupRemovesEverythingUnderIt() {
        CriterionTree tree = tree();
        assertEquals(2, tree.remove(3), "focus goes to the parent");
        assertEquals(9, tree.nodes().size());
        assertEquals(
                List.of("0:ALL", "1:AGE", "1:ANY", "2:FINDINGS"), shape(tree).subList(0, 4));
        assertEquals(
                "criteria[0].newKind",
                assertThrows(InvalidInputException.class, () -> tree.remove(0)).field(),
                "the top criterion stays");
    }

    @Test
    void aLeafTurnedIntoAGroupBecomesItsFirstPart() {
        CriterionTree tree = tree();
        tree.changeKind(1, Kind.ANY);
        assertEquals(List.of("0:ALL", "1:ANY", "2:AGE", "1:ANY"), shape(tree).subList(0, 4));
        assertTrue(CriteriaJson.write(tree.toCriteria())
                .contains(CriteriaJson.write(Criterion.Group.anyOf(null, new Criterion.Age("Adult", 18, null)))));
    }

    @Test
    void groupsChangeKindWithTheirPartsAndLeavesKeepSharedValues() {
        CriterionTree tree = tree();
        tree.changeKind(3, Kind.ANY);
        assertEquals(List.of("2:ANY", "3:MEASURE", "3:MEASURE"), shape(tree).subList(3, 6), "its parts stay");
        tree.changeKind(4, Kind.RANGE);
        CriterionNode range = tree.nodes().get(4);
        assertEquals("blood-eos", range.getCode(), "the instrument stays");
        assertEquals(Integer.valueOf(12), range.getWithinMonths());
        assertEquals(
                "criteria[4].min",
                assertThrows(InvalidInputException.class, tree::toCriteria).field(),
                "a range needs its limits");
        assertEquals(
                "criteria[2].newKind",
                assertThrows(InvalidInputException.class, () -> tree.changeKind(2, Kind.AGE))
                        .field(),
                "a group with parts is not turned into a leaf");
    }

    @Test
    void criteriaMoveAmongTheirSiblingsWithWhatIsUnderThem() {
        CriterionTree tree = tree();
        assertEquals(11, tree.moveDown(1), "after the any-of group and its nine rows");
        assertEquals(List.of("0:ALL", "1:ANY"), shape(tree).subList(0, 2));
        assertEquals("1:AGE", shape(tree).get(11));
        assertEquals(
                11,
                tree.nodes().stream()
                        .filter(n -> n.getKind() == Kind.AGE)
                        .findFirst()
                        .orElseThrow()
                        .getRow());
        CriterionTree again = tree();
        assertEquals(3, again.moveUp(6), "findings before the all-of group");
        assertEquals(List.of("2:FINDINGS", "2:ALL", "3:MEASURE"), shape(again).subList(3, 6));
        assertEquals(3, again.moveUp(3), "already first among its siblings");
    }

    @Test
    void aBadParameterIsReportedWithItsRowAndField() {
        CriterionTree tree = tree();
        tree.nodes().get(4).setThreshold(null);
        assertEquals(
                "criteria[4].threshold",
                assertThrows(InvalidInputException.class, tree::toCriteria).field());
        tree.nodes().get(4).setThreshold(BigDecimal.ONE);
        tree.nodes().get(7).setCount(0);
        assertEquals(
                "criteria[7].count",
                assertThrows(InvalidInputException.class, tree::toCriteria).field());
        tree.nodes().get(7).setCount(2);
        tree.nodes().get(7).setTherapies(List.of());
        assertEquals(
                "criteria[7].therapies",
                assertThrows(InvalidInputException.class, tree::toCriteria).field());
    }
}

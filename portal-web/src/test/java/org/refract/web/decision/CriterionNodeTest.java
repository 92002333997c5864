package org.refract.web.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refract.domain.decision.CriteriaJson;
import org.refract.domain.shared.InvalidInputException;

class CriterionNodeTest {

    private static final String TA671 = """
            {"type":"all","of":[{"type":"age","min":18,"label":"Adult"},
             {"type":"any","of":[{"type":"all","of":[
               {"type":"measure","code":"blood-eos","aggregate":"LATEST","op":"GE","threshold":300,"withinMonths":12},
               {"type":"measure","code":"exacerbations-12m","aggregate":"LATEST","op":"GE","threshold":4}]},
              {"type":"findings","factors":["gerd","obesity"],"accepted":["ADDRESSED","EXCLUDED"],"everyFactor":false},
              {"type":"failedTrials","therapies":["azathioprine","mycophenolate"],"min":2},
              {"type":"not","of":{"type":"onTherapy","therapies":["apcc"]}},
              {"type":"change","code":"mg-adl","direction":"DECREASE","amount":2,"percent":false},
              {"type":"valueIn","code":"mgfa-class","values":["IIa","IIIb"]}]}]}""";

    @Test
    void aTreeSurvivesTheEditorUnchanged() {
        var criteria = CriteriaJson.read(TA671);
        List<CriterionNode> nodes = CriterionNode.flatten(criteria);
        assertEquals(12, nodes.size());
        assertEquals(
                List.of(0, 1, 1, 2, 3, 3, 2, 2, 2, 3, 2, 2),
                nodes.stream().map(CriterionNode::getDepth).toList());
        assertEquals(CriteriaJson.write(criteria), CriteriaJson.write(CriterionNode.toCriteria(nodes)));
    }

    @Test
    void anEditedThresholdIsInTheRebuiltTree() {
        List<CriterionNode> nodes = CriterionNode.flatten(CriteriaJson.read(TA671));
        nodes.get(4).setThreshold(new BigDecimal("360"));
        nodes.get(6).setCode("gerd, obesity, sleep-apnoea");
        String json = CriteriaJson.write(CriterionNode.toCriteria(nodes));
        assertEquals(true, json.contains("\"threshold\":360"));
        assertEquals(true, json.contains("\"factors\":[\"gerd\",\"obesity\",\"sleep-apnoea\"]"));
    }

    @Test
    void aBadParameterIsReportedWithItsRowAndField() {
        List<CriterionNode> nodes = CriterionNode.flatten(CriteriaJson.read(TA671));
        nodes.get(4).setThreshold(null);
        assertEquals(
                "criteria[4].threshold",
                assertThrows(InvalidInputException.class, () -> CriterionNode.toCriteria(nodes))
                        .field());
        nodes.get(4).setThreshold(BigDecimal.ONE);
        nodes.get(7).setCount(0);
        assertEquals(
                "criteria[7].count",
                assertThrows(InvalidInputException.class, () -> CriterionNode.toCriteria(nodes))
                        .field());
        nodes.get(7).setCount(2);
        nodes.get(6).setValues("ADDRESSED");
        nodes.get(6).setCode(" ");
        assertEquals(
                "criteria[6].code",
                assertThrows(InvalidInputException.class, () -> CriterionNode.toCriteria(nodes))
                        .field());
    }
}

package org.refract.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.refract.service.shared.InvalidRequestException;

/** An array longer than the cap is refused with the path of the array, however deep it is. */
class JsonArrayLimitTest {

    @Test
    void aTopLevelFieldIsNamed() {
        assertEquals("roles", field("{\"displayName\":\"x\",\"roles\":[1,2,3,4]}"));
    }

    @Test
    void aNestedArrayIsNamedWithItsPath() {
        assertEquals(
                "observations[1].values",
                field("{\"observations\":[{\"values\":[1]},{\"code\":\"a\",\"values\":[1,2,3,4]}]}"));
    }

    @Test
    void aBareArrayHasNoFieldName() {
        assertNull(field("[1,2,3,4]"));
    }

    @Test
    void arraysWithinTheCapAndBodiesThatAreNotJsonPass() {
        assertDoesNotThrow(() -> check("{\"a\":[1,2,3],\"b\":[[1,2,3],[4,5,6]],\"c\":{\"d\":[1,2,3]}}"));
        assertDoesNotThrow(() -> check("{not json"));
    }

    private static String field(String json) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> check(json));
        assertEquals(1, refused.getErrors().size());
        return refused.getErrors().get(0).field();
    }

    private static void check(String json) {
        JsonArrayLimit.check(json.getBytes(StandardCharsets.UTF_8), 3);
    }
}

package org.refract.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodCallResolverTest {

    public record Patient(String pseudonym, int birthYear) {
        public String label(String prefix, int times) {
            return prefix.repeat(times) + pseudonym;
        }

        public String overloaded(String text) {
            return text;
        }

        public String overloaded(Integer number) {
            return String.valueOf(number);
        }

        public String failing() {
            throw new IllegalStateException("broken");
        }
    }

    private static final class Hidden {
        @SuppressWarnings("unused")
        public String secret() {
            return "secret";
        }
    }

    private final MethodCallResolver resolver = new MethodCallResolver();
    private final ELContext context = new Context();
    private final Patient patient = new Patient("PX-7", 1970);

    @Test
    void callsARecordsAccessorAndMarksTheCallResolved() {
        assertEquals("PX-7", resolver.invoke(context, patient, "pseudonym", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals(1970, resolver.invoke(context, patient, "birthYear", null, null));
    }

    @Test
    void passesArgumentsThatNeedNoConversion() {
        assertEquals("--PX-7", resolver.invoke(context, patient, "label", null, new Object[] {"-", 2}));
    }

    @Test
    void leavesConversionsOverloadsCollectionsAndHiddenClassesToTheStandardResolvers() {
        assertNull(resolver.invoke(context, patient, "label", null, new Object[] {"-", 2L}), "Long to int");
        assertNull(resolver.invoke(context, patient, "label", null, new Object[] {"-", null}), "null to int");
        assertNull(resolver.invoke(context, patient, "overloaded", null, new Object[] {"a"}));
        assertNull(resolver.invoke(context, List.of(1), "stream", null, new Object[0]), "EL's own stream()");
        assertNull(resolver.invoke(context, new Hidden(), "secret", null, new Object[0]));
        assertNull(resolver.invoke(context, patient, "missing", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailingMethodFailsTheExpressionWithItsCause() {
        ELException failed =
                assertThrows(ELException.class, () -> resolver.invoke(context, patient, "failing", null, null));
        assertTrue(failed.getCause() instanceof IllegalStateException);
    }

    @Test
    void looksTheMethodUpOncePerClass() {
        assertEquals(
                MethodCallResolver.method(Patient.class, "pseudonym", 0),
                MethodCallResolver.method(Patient.class, "pseudonym", 0));
        assertTrue(MethodCallResolver.method(Patient.class, "pseudonym", 0)
                == MethodCallResolver.method(Patient.class, "pseudonym", 0));
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}

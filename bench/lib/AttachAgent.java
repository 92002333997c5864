import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM: {@code java bench/lib/AttachAgent.java PID LIBRARY OPTIONS}. Used by
 * {@code bench/profile} to start and stop async-profiler in the kept benchmark server ({@code jcmd JVMTI.agent_load}
 * splits the agent's options at '=', which async-profiler's need).
 */
public class AttachAgent {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AttachAgent PID LIBRARY OPTIONS");
            System.exit(2);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}

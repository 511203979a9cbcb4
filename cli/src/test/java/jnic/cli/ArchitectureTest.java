package jnic.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house's layout as rules: modules depend only downwards (cli and bench on top; the stack on
 * the driver; the driver on hw-sim's Java side and the wire vocabulary; hdl-gen alone), the stack's
 * packages are layered as its charter says (jnic.stack's package-info), and no package depends on
 * another that depends back on it. It lives in the command line's tests because this is the one
 * module whose test classpath holds every other module (bench as a test dependency).
 */
@AnalyzeClasses(
        packages = "jnic",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    /** Test jars on the class path (the stack's, which the bench uses) are tests too: their code is not the house's. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** STYLE.md, "Layers": modules depend downwards only. */
    @ArchTest
    static final ArchRule modulesDependDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli")
            .definedBy("jnic.cli..")
            .layer("bench")
            .definedBy("jnic.bench..")
            .layer("stack")
            .definedBy("jnic.stack..")
            .layer("driver")
            .definedBy("jnic.driver..")
            .layer("net")
            .definedBy("jnic.net..")
            .layer("hw-sim")
            .definedBy("jnic.sim..")
            .layer("hdl-gen")
            .definedBy("jnic.hdl..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("bench")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("stack")
            .mayOnlyAccessLayers("driver", "net")
            .whereLayer("driver")
            .mayOnlyAccessLayers("net", "hw-sim")
            .whereLayer("net")
            .mayNotAccessAnyLayer()
            .whereLayer("hw-sim")
            .mayNotAccessAnyLayer()
            .whereLayer("hdl-gen")
            .mayNotAccessAnyLayer()
            .whereLayer("hdl-gen")
            .mayOnlyBeAccessedByLayers("cli");

    /**
     * Inside the stack: IP below the transports, which see it only through {@code IpLayer}; the
     * host that assembles them above; applications and sockets on top (STYLE.md, "Layers").
     */
    @ArchTest
    static final ArchRule stackLayers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("shared")
            .definedBy("jnic.stack")
            .layer("ip")
            .definedBy("jnic.stack.iface..")
            .layer("icmp")
            .definedBy("jnic.stack.icmp..")
            .layer("udp")
            .definedBy("jnic.stack.udp..")
            .layer("tcp")
            .definedBy("jnic.stack.tcp..")
            .layer("host")
            .definedBy("jnic.stack.host..")
            .layer("applications")
            .definedBy(
                    "jnic.stack.dns..",
                    "jnic.stack.http..",
                    "jnic.stack.socket..",
                    "jnic.stack.echo..",
                    "jnic.stack.nio..")
            .whereLayer("shared")
            .mayNotAccessAnyLayer()
            .whereLayer("ip")
            .mayOnlyAccessLayers("shared")
            .whereLayer("icmp")
            .mayOnlyAccessLayers("shared", "ip")
            .whereLayer("udp")
            .mayOnlyAccessLayers("shared", "ip")
            .whereLayer("tcp")
            .mayOnlyAccessLayers("shared", "ip")
            .whereLayer("host")
            .mayOnlyAccessLayers("shared", "ip", "icmp", "udp", "tcp")
            .whereLayer("applications")
            .mayOnlyAccessLayers("shared", "ip", "icmp", "udp", "tcp", "host");

    /** A transport takes the narrow IP-layer interface, never the IP layer's class or an interface's internals. */
    @ArchTest
    static final ArchRule transportsSeeOnlyTheIpLayerInterface = noClasses()
            .that()
            .resideInAnyPackage("jnic.stack.icmp..", "jnic.stack.udp..", "jnic.stack.tcp..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jnic.stack.iface.Ipv4")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jnic.stack.iface.IpInterface")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jnic.stack.iface.ArpCache");

    /** No circle between any two packages of the house. */
    @ArchTest
    static final ArchRule noCycles = slices().matching("jnic.(**)").should().beFreeOfCycles();
}

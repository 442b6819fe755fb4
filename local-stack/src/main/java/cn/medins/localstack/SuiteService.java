package cn.medins.localstack;

import java.nio.file.Path;

/** The four services of the suite as the launcher runs them: module folder, HTTP port and database. */
public enum SuiteService {

    ENROLLMENT("enrollment-service", "ENROLLMENT_PORT", 8081, "enrollment"),
    SETTLEMENT("settlement-service", "SETTLEMENT_PORT", 8082, "settlement"),
    AUDIT("audit-service", "AUDIT_PORT", 8083, "audit"),
    ASSISTANCE("assistance-service", "ASSISTANCE_PORT", 8084, "assistance");

    private final String moduleName;
    private final String portVariable;
    private final int defaultPort;
    private final String database;

    SuiteService(String moduleName, String portVariable, int defaultPort, String database) {
        this.moduleName = moduleName;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String moduleName() {
        return moduleName;
    }

    public String portVariable() {
        return portVariable;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    public Path moduleDirectory(Path repoRoot) {
        return repoRoot.resolve(moduleName);
    }

    public Path runnerJar(Path repoRoot) {
        return moduleDirectory(repoRoot).resolve("target/quarkus-app/quarkus-run.jar");
    }
}

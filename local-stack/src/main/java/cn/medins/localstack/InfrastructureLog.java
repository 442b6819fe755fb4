package cn.medins.localstack;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * Sends every log record of this JVM (the embedded PostgreSQL and Kafka, the launcher) to a file in the data folder.
 * It is added at run time because the file lives in a folder chosen on the command line; logging.properties keeps
 * the console to warnings.
 */
final class InfrastructureLog implements AutoCloseable {

    private final FileHandler handler;

    private InfrastructureLog(FileHandler handler) {
        this.handler = handler;
    }

    static InfrastructureLog writeTo(Path file) throws FileNotFoundException {
        FileHandler handler = new FileHandler(file.toFile(), true);
        handler.setAutoFlush(true);
        handler.setFormatter(new PatternFormatter("%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n"));
        Logger.getLogger("").addHandler(handler);
        return new InfrastructureLog(handler);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }
}

package cn.medins.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @Test
    void withoutFreshWhatEarlierRunsLeftIsKept(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("postgres"));
        Files.writeString(root.resolve("postgres/PG_VERSION"), "17");

        DataFolder folder = DataFolder.prepare(root, false);

        assertThat(folder.postgres().resolve("PG_VERSION")).hasContent("17");
        assertThat(folder.logs()).isDirectory();
        assertThat(folder.logOf("audit-service")).isEqualTo(root.resolve("logs/audit-service.log"));
    }

    @Test
    void freshDeletesEverythingAnEarlierRunLeft(@TempDir Path parent) throws Exception {
        Path root = parent.resolve(".local-stack");
        Files.createDirectories(root.resolve("kafka/enrollment.events-0"));
        Files.createDirectories(root.resolve("postgres"));
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("logs/enrollment-service.log"), "old");

        DataFolder folder = DataFolder.prepare(root, true);

        assertThat(folder.kafka()).doesNotExist();
        assertThat(folder.postgres()).doesNotExist();
        assertThat(folder.logs()).isEmptyDirectory();
    }

    @Test
    void freshRefusesToDeleteAFolderTheStackDidNotCreate(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("thesis.tex"), "years of work");
        Files.createDirectories(home.resolve("kafka"));

        assertThatThrownBy(() -> DataFolder.prepare(home, true))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("refusing to delete")
                .hasMessageContaining("thesis.tex");
        assertThat(home.resolve("thesis.tex")).hasContent("years of work");
        assertThat(home.resolve("kafka")).isDirectory();
    }
}

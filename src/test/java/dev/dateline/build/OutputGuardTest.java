package dev.dateline.build;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.publish.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

  @TempDir
  Path repo;

  private Path home;
  private Path content;
  private Path templates;
  private OutputGuard guard;

  @BeforeEach
  void aRepositoryWithContentAndTemplates() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    content = Files.createDirectories(repo.resolve("content"));
    templates = Files.createDirectories(repo.resolve("templates"));
    home = Files.createDirectories(repo.resolve("home"));
    guard = new OutputGuard(home, repo.resolve("work"));
    Files.createDirectories(repo.resolve("work"));
  }

  private void assertRefused(Path out, String why) {
    assertThatThrownBy(() -> guard.check(out, content, templates))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("refusing to use " + out)
        .hasMessageContaining(why)
        .hasMessageContaining("choose a folder of its own");
  }

  @Test
  void aFolderOfItsOwnBesideTheContentIsAccepted() {
    assertThatCode(() -> guard.check(repo.resolve("site"), content, templates))
        .doesNotThrowAnyException();
    assertThatCode(() -> guard.check(repo.resolve("public/archive"), content, templates))
        .doesNotThrowAnyException();
  }

  @Test
  void theContentFolderIsRefused() {
    assertRefused(content, "it is or contains the content folder");
    assertRefused(repo.resolve("templates/../content/."), "it is or contains the content folder");
  }

  @Test
  void theTemplatesFolderIsRefused() {
    assertRefused(templates, "it is or contains the templates folder");
  }

  @Test
  void aFolderInsideTheContentOrTemplatesIsRefused() {
    assertRefused(content.resolve("site"), "inside the content folder");
    assertRefused(templates.resolve("assets/site"), "inside the templates folder");
  }

  @Test
  void theRepositoryRootIsRefused() {
    assertRefused(repo, "repository root");
  }

  @Test
  void aFolderHoldingTheContentIsRefusedEvenWithoutARepository() throws IOException {
    Path outer = Files.createDirectories(repo.resolve("outer"));
    content = Files.createDirectories(outer.resolve("news/content"));

    assertRefused(outer, "contains the content folder");
  }

  @Test
  void theHomeFolderTheCurrentFolderAndTheRootAreRefused() {
    assertRefused(home, "home folder");
    assertRefused(repo.resolve("work"), "current folder");
    assertRefused(Path.of("/"), "file system root");
  }

  @Test
  void aSymbolicLinkToTheContentFolderIsSeenThrough() throws IOException {
    Path link = Files.createSymbolicLink(repo.resolve("site"), content);

    assertRefused(link, "content folder");
    assertRefused(link.resolve("sub"), "inside the content folder");
  }

  @Test
  void aFolderDatelineDidNotBuildIsRefusedBeforeAnyWork() throws IOException {
    Path out = repo.resolve("public");
    SiteFolders.write(out.resolve("index.php"), "<?php");

    assertThatThrownBy(() -> guard.check(out, content, templates))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("was not built by Dateline");
  }
}

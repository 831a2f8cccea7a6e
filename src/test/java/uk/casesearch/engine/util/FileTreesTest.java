package uk.casesearch.engine.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

  @TempDir Path dir;

  @Test
  void aDurableCopyHoldsEveryFileAndRefusesToOverwrite() throws IOException {
    Path from = dir.resolve("gen-1");
    Files.createDirectories(from.resolve("sub"));
    byte[] graph = {1, 2, 3, 4};
    Files.write(from.resolve("graph.bin"), graph);
    Files.writeString(from.resolve("sub").resolve("note"), "kept", StandardCharsets.UTF_8);
    Path to = dir.resolve("copy").resolve("gen-1");
    Files.createDirectories(to.getParent());

    FileTrees.copyDurably(from, to);

    assertArrayEquals(graph, Files.readAllBytes(to.resolve("graph.bin")));
    assertEquals(
        "kept", Files.readString(to.resolve("sub").resolve("note"), StandardCharsets.UTF_8));
    assertEquals(FileTrees.bytesUnder(from), FileTrees.bytesUnder(to));
    assertThrows(FileAlreadyExistsException.class, () -> FileTrees.copyDurably(from, to));
  }

  @Test
  void syncingAFileOrAFolderLeavesThemAsTheyWere() throws IOException {
    Path f = dir.resolve("CURRENT");
    Files.writeString(f, "gen-7", StandardCharsets.UTF_8);
    FileTrees.fsync(f);
    FileTrees.fsyncDir(dir);
    FileTrees.fsyncDir(dir.resolve("missing")); // a folder that cannot be synced is skipped
    assertEquals("gen-7", Files.readString(f, StandardCharsets.UTF_8));
    assertThrows(IOException.class, () -> FileTrees.fsync(dir.resolve("absent")));
    assertFalse(Files.exists(dir.resolve("absent")));
  }
}

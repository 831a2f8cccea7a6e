package uk.casesearch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.casesearch.app.security.PasswordHash;

/**
 * Prints the hash of a password for a local sign-in user ({@code
 * casesearch.auth.users.<name>.password-hash}). The password is read from the terminal without
 * echo, or from the first line of standard input, never from the command line (where the shell's
 * history and the process list would keep it).
 */
@Command(
    name = "hash-password",
    description =
        "Print the hash of a password for a local sign-in user (read from the terminal, or the"
            + " first line of standard input).")
public class HashPasswordCommand implements Callable<Integer> {

  @Override
  public Integer call() throws IOException {
    char[] password;
    Console console = System.console();
    if (console != null) {
      password = console.readPassword("Password: ");
    } else {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      password = line == null ? new char[0] : line.toCharArray();
    }
    if (password == null || password.length < 8) {
      System.err.println("hash-password: a password must have at least 8 characters");
      return 2;
    }
    System.out.println(PasswordHash.hash(password));
    Arrays.fill(password, '\0');
    return 0;
  }
}

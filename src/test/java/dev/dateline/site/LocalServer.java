package dev.dateline.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served the way GitHub Pages serves a project site: under a sub-path, a folder's
 * {@code index.html} for the folder, and {@code 404.html} with status 404 for anything else.
 * Listens on 127.0.0.1 at an ephemeral port.
 */
final class LocalServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "xml", "application/xml; charset=utf-8",
      "json", "application/json; charset=utf-8", "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final String prefix;

  /** @param prefix the sub-path, starting and ending with "/", e.g. {@code /sub/path/} */
  LocalServer(Path root, String prefix) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL the site's root is served at, ending in "/". */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
      Path file = null;
      if (path.startsWith(prefix)) {
        Path candidate = root.resolve(path.substring(prefix.length())).normalize();
        if (candidate.startsWith(root) && Files.isDirectory(candidate)) {
          candidate = candidate.resolve("index.html");
        }
        if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
          file = candidate;
        }
      }
      int status = 200;
      if (file == null) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
          "application/octet-stream");
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

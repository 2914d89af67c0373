package org.corridorgraph.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Pages served from the jar. */
final class WebResources {
    /** The web page's static files, on the class path; served at /. */
    static final String SITE = "/web/site";

    private WebResources() {
    }

    /** The Swagger UI page, pointed at the webjar version on the class path. */
    static String swaggerPage() {
        return read("web/docs.html").replace("SWAGGER_UI_VERSION", webjarVersion("swagger-ui"));
    }

    static String read(String resource) {
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion(String name) {
        try (InputStream in = WebResources.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/" + name + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("webjar " + name + " is missing from the class path");
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

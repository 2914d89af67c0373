package org.corridorgraph.resources;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.resource.URLResourceFactory;

/**
 * How the process's Jetty servers (Neo4j's, for Browser, and our Javalin, for the web page and
 * Swagger UI) read files that sit inside a jar. By default Jetty mounts the jar as a zip file
 * system for every static-file handler, and each mount indexes every entry of the jar: in the
 * packaged 160 MB jar (68,000 entries) that was about a quarter of the main thread's time at a
 * start, and 200 MB of heap held by the mounts. Reading each file through a {@code jar:} URL
 * instead uses the JDK's own jar handling, which has the jar open already for class loading.
 * Jetty keeps this choice per process, so it is made here once, before either server starts.
 */
public final class JarResources {
    private static final AtomicBoolean READ_IN_PLACE = new AtomicBoolean();

    private JarResources() {
    }

    /** Makes Jetty read {@code jar:} resources through URL connections instead of zip file system mounts. */
    public static void readInPlace() {
        if (READ_IN_PLACE.compareAndSet(false, true)) {
            ResourceFactory.registerResourceFactory("jar", new Folders(new URLResourceFactory()));
        }
    }

    /**
     * A folder named without its trailing slash ({@code ClassLoader.getResource("browser")} in a jar
     * whose folders are entries of their own) is a file to a URL resource, and Jetty would serve
     * nothing from it; with the slash it is the folder it names.
     */
    private record Folders(ResourceFactory urls) implements ResourceFactory {
        @Override
        public Resource newResource(URI uri) {
            Resource resource = urls.newResource(uri);
            if (resource != null && !resource.isDirectory() && !uri.toString().endsWith("/") && resource.exists()) {
                Resource folder = urls.newResource(URI.create(uri + "/"));
                if (folder != null && folder.exists()) {
                    return folder;
                }
            }
            return resource;
        }
    }
}

package org.corridorgraph.harness.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridorgraph.harness.Stats;

/** One scenario's verdict, its figures, and every check that failed, in words. */
public final class ScenarioResult {
    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private double seconds;

    public ScenarioResult(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public ScenarioResult put(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    public Object get(String key) {
        return figures.get(key);
    }

    /** Records a check; a false one fails the scenario with WHAT as the reason. */
    public boolean check(boolean ok, String what) {
        checks.add((ok ? "ok: " : "FAILED: ") + what);
        if (!ok) {
            failures.add(what);
        }
        return ok;
    }

    public void fail(String what) {
        check(false, what);
    }

    public boolean passed() {
        return failures.isEmpty() && !checks.isEmpty();
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public Map<String, Object> figures() {
        return figures;
    }

    void seconds(double seconds) {
        this.seconds = seconds;
    }

    public double seconds() {
        return seconds;
    }

    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("passed", passed());
        out.put("seconds", Stats.round(seconds));
        out.putAll(figures);
        out.put("checks", List.copyOf(checks));
        out.put("failures", List.copyOf(failures));
        return out;
    }
}

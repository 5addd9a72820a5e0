package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between two versions of a framework: items added, removed and reworded (by the same
 * fingerprint workbooks store), plus any other part that changed (name, scale, stages, scoring, …).
 * Blank and missing text count as the same, so a framework that went through a spreadsheet unchanged
 * compares as unchanged.
 */
public record FrameworkChanges(List<String> added, List<String> removed, List<String> reworded, List<String> other) {

    public FrameworkChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reworded = List.copyOf(reworded);
        other = List.copyOf(other);
    }

    public static FrameworkChanges between(Framework before, Framework after) {
        Map<String, Item> old = byId(before);
        Map<String, Item> now = byId(after);
        List<String> added = new ArrayList<>();
        List<String> reworded = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Item item : now.values()) {
            Item was = old.get(item.id());
            if (was == null) {
                added.add(item.id());
            } else if (!ItemFingerprint.of(was).equals(ItemFingerprint.of(item))) {
                reworded.add(item.id());
            } else if (!same(was.shortName(), item.shortName())
                    || !same(was.level(), item.level())
                    || !same(was.guidance(), item.guidance())) {
                other.add("item " + item.id() + " (short name, stage or guidance)");
            }
        }
        List<String> removed =
                old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        compare(other, "name", before.name(), after.name());
        compare(other, "publisher", before.publisher(), after.publisher());
        compare(other, "source", before.source(), after.source());
        compare(other, "description", before.description(), after.description());
        if (!Objects.equals(before.scale(), after.scale())) {
            other.add("scale");
        }
        if (!Objects.equals(levels(before), levels(after))) {
            other.add("stages / levels");
        }
        if (!Objects.equals(sections(before), sections(after))) {
            other.add("sections (names, descriptions, stages or order)");
        } else if (!Objects.equals(itemOrder(before), itemOrder(after)) && added.isEmpty() && removed.isEmpty()) {
            other.add("order of items");
        }
        if (!Objects.equals(before.scoring(), after.scoring())) {
            other.add("scoring");
        }
        if (!Objects.equals(recommendations(before), recommendations(after))) {
            other.add("closing-the-gap actions");
        }
        return new FrameworkChanges(added, removed, reworded, other);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && reworded.isEmpty() && other.isEmpty();
    }

    /** One sentence, e.g. "2 items added (a, b); 1 item reworded (c); also changed: scale." */
    public String describe() {
        if (none()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        part(parts, added, "added");
        part(parts, removed, "removed");
        part(parts, reworded, "reworded");
        if (!other.isEmpty()) {
            parts.add((parts.isEmpty() ? "changed: " : "also changed: ") + String.join(", ", other));
        }
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, List<String> ids, String what) {
        if (!ids.isEmpty()) {
            parts.add(ids.size() + (ids.size() == 1 ? " item " : " items ") + what + " ("
                    + String.join(", ", ids.size() > 8 ? ids.subList(0, 8) : ids) + (ids.size() > 8 ? ", …" : "")
                    + ")");
        }
    }

    private static Map<String, Item> byId(Framework framework) {
        Map<String, Item> items = new LinkedHashMap<>();
        framework.items().forEach(i -> items.put(i.id(), i));
        return items;
    }

    private static void compare(List<String> other, String what, String a, String b) {
        if (!same(a, b)) {
            other.add(what);
        }
    }

    private static boolean same(String a, String b) {
        return blank(a).equals(blank(b));
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<Object> levels(Framework f) {
        List<Object> out = new ArrayList<>();
        for (Level l : f.levels()) {
            out.add(List.of(blank(l.id()), blank(l.name()), blank(l.summary()), l.details()));
        }
        return out;
    }

    private static List<Object> sections(Framework f) {
        List<Object> out = new ArrayList<>();
        for (Section s : f.sections()) {
            out.add(List.of(
                    blank(s.id()),
                    blank(s.name()),
                    blank(s.description()),
                    blank(s.level()),
                    s.items().stream().map(Item::id).toList()));
        }
        return out;
    }

    private static List<String> itemOrder(Framework f) {
        return f.items().stream().map(Item::id).toList();
    }

    private static List<Object> recommendations(Framework f) {
        List<Object> out = new ArrayList<>();
        for (Recommendation r : f.recommendations()) {
            out.add(List.of(blank(r.toLevel()), blank(r.title()), blank(r.text()), r.actions(), r.actionSections()));
        }
        return out;
    }
}

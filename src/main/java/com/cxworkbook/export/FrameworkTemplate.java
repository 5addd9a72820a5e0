package com.cxworkbook.export;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.Scoring;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The framework spreadsheet template's layout, shared by {@link FrameworkTemplateWriter} and
 * {@link FrameworkTemplateReader} so the two cannot drift apart. Described column by column in
 * docs/FRAMEWORK_FORMAT.md.
 */
final class FrameworkTemplate {

    static final String INSTRUCTIONS = "Instructions";
    static final String FRAMEWORK = "Framework";
    static final String STAGES = "Stages";
    static final String ITEMS = "Items";
    static final String ACTIONS = "Actions";

    // Framework sheet: field label in column A, value in B, help in C
    static final String ID = "Framework id";
    static final String NAME = "Name";
    static final String VERSION = "Version";
    static final String PUBLISHER = "Publisher";
    static final String SOURCE = "Source";
    static final String DESCRIPTION = "Description";
    static final String METHOD = "Scoring method";
    static final String THRESHOLD = "Met from rating";
    static final String LOWEST = "Lowest rating";
    static final String HIGHEST = "Highest rating";
    static final String NOT_APPLICABLE = "Not applicable allowed";
    static final String LABELS = "Scale labels";
    static final String BANDS = "Score bands";

    static final Map<String, String> FIELD_HELP = new LinkedHashMap<>();

    static {
        FIELD_HELP.put(
                ID,
                "Lowercase letters, digits and '-', e.g. acme-cx-maturity. Keep it when you publish a new version.");
        FIELD_HELP.put(NAME, "As the consultant and the client should read it.");
        FIELD_HELP.put(
                VERSION,
                "e.g. 1.0. Raise it whenever items or wording change; workbooks rated on the old version keep it.");
        FIELD_HELP.put(PUBLISHER, "Optional: who owns the framework.");
        FIELD_HELP.put(SOURCE, "Where the wording comes from (document, web page, your own).");
        FIELD_HELP.put(DESCRIPTION, "Optional: one paragraph shown above the framework.");
        FIELD_HELP.put(
                METHOD,
                "SUM_BANDS: total of ratings → Score bands below. MEAN_LEVEL: mean rating → one stage per rating value."
                        + " STAGE_CHECKLIST: each item belongs to a stage; the highest stage whose items are all met.");
        FIELD_HELP.put(
                THRESHOLD,
                "STAGE_CHECKLIST only: the rating from which an item counts as met (e.g. 4 on 1–5, 1 on 0–1).");
        FIELD_HELP.put(LOWEST, "Whole number, 0 or more (usually 1, or 0 for in place / not).");
        FIELD_HELP.put(HIGHEST, "Whole number, at most 10 (usually 5).");
        FIELD_HELP.put(NOT_APPLICABLE, "Yes or No: may the room mark an item not applicable?");
    }

    static final List<String> METHODS = List.of(
            ScoringMethod.SUM_BANDS.name(), ScoringMethod.MEAN_LEVEL.name(), ScoringMethod.STAGE_CHECKLIST.name());

    // Stages sheet
    static final String STAGE_ID = "Stage id";
    static final String STAGE_NAME = "Stage name";
    static final String SUMMARY = "Summary";
    static final String GAP_TITLE = "Closing the gap: title";
    static final String GAP_TEXT = "Closing the gap: text";
    static final String DETAIL_PREFIX = "Detail: ";
    static final List<String> STAGE_COLUMNS = List.of(STAGE_ID, STAGE_NAME, SUMMARY, GAP_TITLE, GAP_TEXT);

    // Items sheet
    static final String SECTION_ID = "Section id";
    static final String SECTION_NAME = "Section name";
    static final String SECTION_DESCRIPTION = "Section description";
    static final String SECTION_STAGE = "Section stage";
    static final String ITEM_ID = "Item id";
    static final String ITEM_NAME = "Item name";
    static final String SHORT_NAME = "Short name";
    static final String STATEMENT = "Statement";
    static final String ITEM_STAGE = "Item stage";
    static final String GUIDANCE = "Guidance";
    static final String DESCRIPTOR_PREFIX = "Descriptor ";
    static final List<String> ITEM_COLUMNS = List.of(
            SECTION_ID,
            SECTION_NAME,
            SECTION_DESCRIPTION,
            SECTION_STAGE,
            ITEM_ID,
            ITEM_NAME,
            SHORT_NAME,
            STATEMENT,
            ITEM_STAGE,
            GUIDANCE);

    // Actions sheet
    static final String ACTION = "Action";
    static final String ACTION_SECTIONS = "Sections";
    static final List<String> ACTION_COLUMNS = List.of(STAGE_ID, ACTION, ACTION_SECTIONS);

    /** Rows a sheet may have: far more than any framework (at most 2,000 items), far fewer than an attack. */
    static final int MAX_ROWS = 5_000;

    static final int MAX_COLUMNS = 60;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The id of the filled-in example: importing it unchanged would install a framework nobody wrote. */
    static final String EXAMPLE_ID = "example-cx-framework";

    private FrameworkTemplate() {}

    /** The filled-in example a new template starts with: every sheet has rows to copy and overwrite. */
    static Framework example() {
        Scale scale =
                new Scale(1, 5, Map.of(1, "Not at all", 2, "A little", 3, "Partly", 4, "Largely", 5, "Fully"), true);
        List<Level> levels = List.of(
                new Level(
                        "emerging",
                        "Emerging",
                        "Customer experience depends on individuals.",
                        Map.of("People", "A few champions.")),
                new Level(
                        "developing",
                        "Developing",
                        "Customer experience is managed in some teams.",
                        Map.of("People", "Named owners in most teams.")),
                new Level(
                        "leading",
                        "Leading",
                        "Customer experience steers the whole business.",
                        Map.of("People", "Every role knows its part.")));
        Section strategy = new Section(
                "strategy",
                "Strategy",
                "Where the business wants to go.",
                null,
                List.of(
                        new Item(
                                "cx-vision",
                                "CX vision",
                                "Vision",
                                "We have a customer-experience vision every team can state.",
                                Map.of(
                                        1,
                                        "No vision written down.",
                                        3,
                                        "A vision exists but few know it.",
                                        5,
                                        "Every team can state the vision and its part in it."),
                                null),
                        new Item(
                                "cx-owner",
                                "CX ownership",
                                null,
                                "A senior leader owns customer experience across channels.",
                                Map.of(),
                                null,
                                "Ask who would be called if a customer complaint reached the CEO.")));
        Section insight = new Section(
                "insight",
                "Customer insight",
                null,
                null,
                List.of(
                        new Item(
                                "voice-of-customer",
                                "Voice of the customer",
                                null,
                                "Customer feedback is collected and acted on every month.",
                                Map.of(),
                                null),
                        new Item(
                                "journey-maps",
                                "Journey maps",
                                null,
                                "Key customer journeys are mapped and kept up to date.",
                                Map.of(),
                                null)));
        Scoring scoring = new Scoring(
                ScoringMethod.SUM_BANDS,
                List.of(new Band(4, 9, "emerging"), new Band(10, 15, "developing"), new Band(16, 20, "leading")),
                null);
        List<Recommendation> recommendations = List.of(
                new Recommendation(
                        "developing",
                        "From Emerging to Developing",
                        null,
                        List.of("Write down the CX vision with the leadership team.", "Name an owner per channel.")),
                new Recommendation(
                        "leading",
                        "From Developing to Leading",
                        null,
                        List.of("Review customer feedback in the monthly business review.")));
        return new Framework(
                EXAMPLE_ID,
                "1.0",
                "Example CX framework",
                "Your consultancy",
                "Replace with where the wording comes from",
                "Replace the example rows on every sheet with your own.",
                scale,
                levels,
                List.of(strategy, insight),
                scoring,
                recommendations);
    }
}

package app.tandem.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads every {@code seeds/guide/guide-v*.json} at start. Idempotent: a version already in the
 * database is left alone, so restarts and several instances never duplicate it, and a new seed
 * version adds a new guide version without touching existing assignments.
 */
@Component
public class GuideSeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GuideSeedLoader.class);

    private final GuideVersionRepository versions;
    private final GuideSectionRepository sections;
    private final GuideStepRepository steps;
    private final Clock clock;

    private final TransactionTemplate transactions;

    GuideSeedLoader(
            TransactionTemplate transactions,
            GuideVersionRepository versions,
            GuideSectionRepository sections,
            GuideStepRepository steps,
            Clock clock) {
        this.transactions = transactions;
        this.versions = versions;
        this.sections = sections;
        this.steps = steps;
        this.clock = clock;
    }

    /** Before the web server accepts requests: nobody sees an empty guide library. */
    @Override
    public void afterSingletonsInstantiated() {
        loadAll();
    }

    /** Loads every seed version not yet in the database, in one transaction; returns how many. */
    public int loadAll() {
        Integer loaded = transactions.execute(status -> loadAllInTransaction());
        return loaded == null ? 0 : loaded;
    }

    private int loadAllInTransaction() {
        int loaded = 0;
        for (Resource resource : seedFiles()) {
            try (InputStream in = resource.getInputStream()) {
                if (load(JsonMapper.builder().build().readTree(in))) {
                    loaded++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read guide seed " + resource.getFilename(), e);
            }
        }
        return loaded;
    }

    private static List<Resource> seedFiles() {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/guide/guide-v*.json");
            List<Resource> files = new ArrayList<>(Arrays.asList(found));
            files.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            if (files.isEmpty()) {
                throw new IllegalStateException("No guide seed (seeds/guide/guide-v*.json) is on the classpath.");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean load(JsonNode guide) {
        String key = guide.get("guide").asString();
        int versionNo = guide.get("version").asInt();
        if (versions.findByGuideKeyAndVersionNo(key, versionNo).isPresent()) {
            return false;
        }
        GuideVersion version = versions.save(
                new GuideVersion(key, versionNo, guide.get("title").asString(), clock.instant()));
        int sectionPosition = 0;
        for (JsonNode s : guide.get("sections")) {
            sectionPosition++;
            GuideSection section = sections.save(new GuideSection(
                    version,
                    s.get("key").asString(),
                    s.get("title").asString(),
                    text(s, "summary"),
                    s.has("position") ? s.get("position").asInt() : sectionPosition));
            int stepPosition = 0;
            for (JsonNode st : s.path("steps")) {
                stepPosition++;
                List<String> examples = new ArrayList<>();
                st.path("examples").forEach(e -> examples.add(e.asString()));
                GuideStep step = new GuideStep(
                        section,
                        st.get("key").asString(),
                        st.get("title").asString(),
                        text(st, "purpose"),
                        text(st, "instructions"),
                        examples,
                        st.hasNonNull("defaultDurationDays")
                                ? st.get("defaultDurationDays").asInt()
                                : null,
                        st.path("assignable").asBoolean(false),
                        st.has("position") ? st.get("position").asInt() : stepPosition,
                        false,
                        clock.instant());
                String role = text(st, "partnerRole");
                step.setPartnerRole(role == null ? null : PartnerRole.valueOf(role));
                steps.save(step);
            }
        }
        log.info("Loaded guide {} version {}", key, versionNo);
        return true;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}

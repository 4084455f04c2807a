package org.mischecker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mischecker.scheme.SchemePacks;

/** The evidence as it stood on a board date: later documents, and the figures drawn from them, left out. */
class AsOfFilterTest {

    private static final Evidence RIVERSIDE = load();

    private static Evidence load() {
        try {
            return new EvidenceLoader(SchemePacks.fromDirectory(Path.of("rules"))).load(Path.of("evidence-examples/riverside-fails-three.yaml"));
        } catch (EvidenceException e) {
            throw new AssertionError(e.problems());
        }
    }

    private static final LocalDate BOARD = LocalDate.of(2022, 6, 1);

    @Test
    void documentsDatedAfterTheBoardDateAreLeftOutWithTheirReferences() {
        AsOfFilter.Result r = AsOfFilter.filter(RIVERSIDE, BOARD);
        assertThat(r.evidence().documents()).allSatisfy(d -> assertThat(d.date()).isBeforeOrEqualTo(BOARD));
        assertThat(r.evidence().documents()).extracting(Document::id).contains("board-2022-04").doesNotContain("board-2022-07");
        assertThat(r.evidence().facts()).filteredOn(DocumentRef.class::isInstance).map(DocumentRef.class::cast)
                .allSatisfy(ref -> assertThat(ref.document().date()).isBeforeOrEqualTo(BOARD))
                .anySatisfy(ref -> assertThat(ref.document().id()).isEqualTo("board-2022-04"));
        assertThat(r.documentsLeftOut()).isEqualTo(RIVERSIDE.documents().size() - r.evidence().documents().size()).isPositive();
    }

    @Test
    void aFigureFromALaterReportIsLeftOutAndOneFromAnEarlierReportKept() {
        // 10 Nov 2022: the CO audit (dated 10 Nov) exists, the PMRT report (9 Dec) does not yet
        AsOfFilter.Result r = AsOfFilter.filter(RIVERSIDE, LocalDate.of(2022, 11, 10));
        assertThat(r.evidence().facts()).filteredOn(Figure.class::isInstance).map(Figure.class::cast).extracting(Figure::key)
                .doesNotContain("SA1.reviewStartedInTime")
                .contains("SA6.coAtBooking");
        assertThat(r.figuresLeftOut()).isPositive().isEqualTo(r.evidence().laterSources().size());
        assertThat(r.evidence().laterSources()).containsKey("SA1.reviewStartedInTime").doesNotContainKey("SA6.coAtBooking")
                .allSatisfy((key, source) -> assertThat(source.date()).isAfter(LocalDate.of(2022, 11, 10)));
        assertThat(r.evidence().laterSources().get("SA1.reviewStartedInTime").id()).isEqualTo("pmrt-report-2022-12");
        assertThat(r.evidence().laterSources()).containsKey("SA8.fetalMonitoringTraining.midwives");
        assertThat(RIVERSIDE.laterSources()).isEmpty();
        AsOfFilter.Result onTheDay = AsOfFilter.filter(RIVERSIDE, LocalDate.of(2022, 12, 9));
        assertThat(onTheDay.evidence().facts()).filteredOn(Figure.class::isInstance).map(Figure.class::cast).extracting(Figure::key)
                .contains("SA1.reviewStartedInTime");
    }

    @Test
    void aDeclarationKeepsItsAnswerButLosesALaterSupportingDocument() {
        AsOfFilter.Result r = AsOfFilter.filter(RIVERSIDE, BOARD);
        Declaration champion = r.evidence().facts().stream().filter(Declaration.class::isInstance).map(Declaration.class::cast)
                .filter(d -> d.key().equals("SA1.safetyChampionDiscussion")).findFirst().orElseThrow();
        assertThat(champion.answer()).isTrue();
        assertThat(champion.evidence()).isNull();  // minutes dated 15 Nov 2022
        assertThat(champion.laterEvidence()).isNotNull().extracting(Document::date).isEqualTo(LocalDate.of(2022, 11, 15));
        Declaration voices = r.evidence().facts().stream().filter(Declaration.class::isInstance).map(Declaration.class::cast)
                .filter(d -> d.key().equals("SA7.prioritisingVoices")).findFirst().orElseThrow();
        assertThat(voices.evidence()).isEqualTo("mvp-outreach-2022");  // dated 12 Apr 2022
        assertThat(voices.laterEvidence()).isNull();
        assertThat(r.declarationsUnsupported()).isPositive();
    }

    @Test
    void aBoardCommitteeCountsFromTheDayItsDelegatingDocumentIsDated() throws EvidenceException {
        Evidence northshire = new EvidenceLoader(SchemePacks.fromDirectory(Path.of("rules")))
                .load(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));
        assertThat(northshire.facts()).filteredOn(BoardCommittee.class::isInstance).hasSize(1);
        // the Quality committee's delegated authority is dated 29 Apr 2021
        assertThat(AsOfFilter.apply(northshire, LocalDate.of(2021, 4, 28)).facts()).noneMatch(BoardCommittee.class::isInstance);
        assertThat(AsOfFilter.apply(northshire, LocalDate.of(2021, 4, 29)).facts()).filteredOn(BoardCommittee.class::isInstance)
                .singleElement().extracting(c -> ((BoardCommittee) c).name()).isEqualTo("Quality committee");
    }

    @Test
    void theBoardDeclarationAndUndatedFactsAreKept() {
        Evidence e = AsOfFilter.apply(RIVERSIDE, BOARD);
        assertThat(e.boardDeclaration()).isEqualTo(RIVERSIDE.boardDeclaration());
        assertThat(e.facts()).filteredOn(Amount.class::isInstance).hasSameSizeAs(
                RIVERSIDE.facts().stream().filter(Amount.class::isInstance).toList());
        assertThat(e.facts()).filteredOn(StaffGroup.class::isInstance).hasSameSizeAs(
                RIVERSIDE.facts().stream().filter(StaffGroup.class::isInstance).toList());
    }

    @Test
    void aBoardDateAfterEveryDocumentChangesNothing() {
        AsOfFilter.Result r = AsOfFilter.filter(RIVERSIDE, LocalDate.of(2023, 2, 2));
        assertThat(r.evidence()).isEqualTo(RIVERSIDE);
        assertThat(r.documentsLeftOut() + r.figuresLeftOut() + r.declarationsUnsupported()).isZero();
    }
}

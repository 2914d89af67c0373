package org.corridorgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Dating phrases resolved against the publication date, on sentences of our own. */
class RelativeDatesTest {
    /** A Monday. */
    private static final PartialDate MONDAY_13_OCTOBER_2025 = PartialDate.parse("2025-10-13");
    private final RelativeDates dates = new RelativeDates();

    @Test
    void onAWeekdayIsTheMostRecentSuchDayOnOrBeforePublication() {
        assertThat(resolve("The ministers met on Monday in the capital.", MONDAY_13_OCTOBER_2025))
                .containsExactly(tuple("on Monday", "2025-10-13", "the day of publication, itself a Monday"));
        assertThat(resolve("The ministers met on Friday in the capital.", MONDAY_13_OCTOBER_2025))
                .containsExactly(tuple("on Friday", "2025-10-10", "the most recent Friday on or before publication (2025-10-13)"));
        assertThat(resolve("Talks resume next Monday after they stalled last Monday.", MONDAY_13_OCTOBER_2025))
                .extracting(t -> t.toList().subList(0, 2))
                .containsExactly(List.of("next Monday", "2025-10-20"), List.of("last Monday", "2025-10-06"));
    }

    @Test
    void daysAroundPublication() {
        assertThat(resolve("Yesterday the port reopened, and today the first ship sailed; more leave tomorrow.",
                MONDAY_13_OCTOBER_2025)).extracting(t -> t.toList().subList(0, 2)).containsExactly(
                List.of("Yesterday", "2025-10-12"), List.of("today", "2025-10-13"), List.of("tomorrow", "2025-10-14"));
    }

    @Test
    void weeksAreMondayToSundayAndGiveTheirMonthOrYear() {
        assertThat(resolve("The decree was signed last week.", MONDAY_13_OCTOBER_2025))
                .containsExactly(tuple("last week", "2025-10", "the week before publication's: 2025-10-06 to 2025-10-12"));
        // the week of Wednesday 1 October 2025 starts in September
        assertThat(resolve("The decree was signed last week.", PartialDate.parse("2025-10-08")))
                .containsExactly(tuple("last week", "2025", "the week before publication's: 2025-09-29 to 2025-10-05, across two months"));
        assertThat(resolve("Crews will test the line this week.", PartialDate.parse("2025-12-31")))
                .containsExactly(tuple("this week", null, "unresolved: the week of publication's: 2025-12-29 to 2026-01-04 spans two years"));
    }

    @Test
    void monthsAndYearsNeedOnlyThatMuchOfThePublicationDate() {
        PartialDate december2025 = PartialDate.parse("2025-12");

        assertThat(resolve("Freight doubled last year and may double again this year.", december2025))
                .containsExactly(tuple("last year", "2024", "the year before publication's"),
                        tuple("this year", "2025", "the year of publication"));
        assertThat(resolve("The line opens next month.", december2025))
                .containsExactly(tuple("next month", "2026-01", "the month after publication's"));
        assertThat(resolve("Earlier this month the tariff fell.", december2025))
                .containsExactly(tuple("Earlier this month", "2025-12", "the month of publication"));
        assertThat(resolve("The ministers met on Monday.", december2025))
                .containsExactly(tuple("on Monday", null, "unresolved: needs the day of publication, and only 2025-12 is known"));
    }

    @Test
    void countsBackFromPublication() {
        assertThat(resolve("The train left around 10 days ago and arrived two weeks after an earlier one left three months ago.",
                MONDAY_13_OCTOBER_2025)).containsExactly(
                tuple("around 10 days ago", "2025-10-03", "about 10 days before publication (2025-10-13)"),
                tuple("three months ago", "2025-07", "3 months before publication"));
        assertThat(resolve("The link was agreed a year ago.", MONDAY_13_OCTOBER_2025))
                .containsExactly(tuple("a year ago", "2024", "1 year before publication"));
    }

    @Test
    void aDayOrMonthWithoutAYearTakesThePublicationsYear() {
        PartialDate december2025 = PartialDate.parse("2025-12");

        assertThat(resolve("The leaders met on December 11 in the capital.", december2025))
                .containsExactly(tuple("on December 11", "2025-12-11", "no year given: the publication's (2025)"));
        assertThat(resolve("In May, the first train arrived.", december2025))
                .containsExactly(tuple("In May", "2025-05", "no year given: the publication's (2025)"));
        assertThat(resolve("Work resumes in March.", PartialDate.parse("2025-02-10")))
                .containsExactly(tuple("in March", "2025-03",
                        "no year given: the publication's (2025); that falls after publication, so the article may mean the year before"));
        assertThat(resolve("The fair opened last December.", december2025))
                .containsExactly(tuple("last December", "2024-12", "the last December before the publication month (2025-12)"));
    }

    @Test
    void datesWithTheirYearAndMonthNamesThatAreNotTimesAreLeftAlone() {
        assertThat(dates.find("The leaders met on December 11, 2025, and again in May 2026; the deal took effect in 2023.",
                MONDAY_13_OCTOBER_2025)).isEmpty();
        assertThat(dates.find("May the talks succeed, the envoy said.", MONDAY_13_OCTOBER_2025)).isEmpty();
    }

    @Test
    void withoutAPublicationDateEveryPhraseStaysUnresolvedAndSaysWhy() {
        assertThat(resolve("The trains were relaunched on Sunday.", null))
                .containsExactly(tuple("on Sunday", null, "unresolved: the publication date is unknown"));
        assertThat(resolve("The trains were relaunched on Sunday, as planned last year.", new PartialDate(null, 10, 13)))
                .extracting(t -> t.toList().get(2)).containsOnly("unresolved: the publication year is unknown (only October 13, year unknown)");
    }

    @Test
    void phrasesComeInSentenceOrderWithWhereTheyStart() {
        List<RelativeDate> found = dates.find("On Tuesday the minister said that last year's figures were revised in June.",
                MONDAY_13_OCTOBER_2025);

        assertThat(found).extracting(RelativeDate::phrase, RelativeDate::start)
                .containsExactly(tuple("On Tuesday", 0), tuple("last year", 34), tuple("in June", 67));
        assertThat(found).allMatch(RelativeDate::isResolved);
    }

    private List<org.assertj.core.groups.Tuple> resolve(String sentence, PartialDate published) {
        return dates.find(sentence, published).stream()
                .map(d -> tuple(d.phrase(), d.resolvedIso(), d.note())).toList();
    }
}

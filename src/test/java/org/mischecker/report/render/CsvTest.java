package org.mischecker.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void formulasInTrustNamesAreDefused() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void negativeNumbersStayNumbers() {
        assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(List.of(Csv.field("a,b"), Csv.field("say \"hi\""), Csv.field("two\nlines")))
                .containsExactly("\"a,b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"");
        assertThat(Csv.row(List.of("a", "b"))).isEqualTo("a,b\r\n");
    }
}

package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort;

class PagingTests {

    private static final Map<String, String> SORTABLE = Map.of("date", "entryDate");

    @ParameterizedTest
    @ValueSource(strings = {",", ",,", "date,", ",asc", "date,asc,", "date,sideways", "amount,asc", " , "})
    void aMalformedSortIsAFieldErrorNeverACrash(String sort) {
        assertThatThrownBy(() -> Paging.pageable(0, 50, sort, SORTABLE, Sort.unsorted()))
                .isInstanceOf(ApiException.ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"date", "date,desc", " date , DESC "})
    void aWellFormedSortIsKept(String sort) {
        assertThat(Paging.pageable(0, 50, sort, SORTABLE, Sort.unsorted())
                        .getSort()
                        .getOrderFor("entryDate"))
                .isNotNull();
    }
}

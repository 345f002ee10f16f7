package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** What every list and every change reads from a request, bound once for all services. */
class EdgeArgumentsTests {

    private final EdgeArguments arguments = new EdgeArguments();

    @SuppressWarnings("unused")
    void handler(PageQuery paging, IfMatch ifMatch) {}

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method handler = EdgeArgumentsTests.class.getDeclaredMethod("handler", PageQuery.class, IfMatch.class);
        return new MethodParameter(handler, index);
    }

    private Object resolve(int index, MockHttpServletRequest request) throws Exception {
        return arguments.resolveArgument(parameter(index), null, new ServletWebRequest(request), null);
    }

    @Test
    void aListQueryBecomesThePageAskedFor() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("page", "2");
        request.setParameter("size", "25");
        request.setParameter("sort", "date,desc");

        Pageable pageable = ((PageQuery) resolve(0, request)).pageable(Map.of("date", "entryDate"), Sort.by("id"));

        assertThat(pageable.getPageNumber()).isEqualTo(2);
        assertThat(pageable.getPageSize()).isEqualTo(25);
        assertThat(pageable.getSort().getOrderFor("entryDate").getDirection()).isEqualTo(Sort.Direction.DESC);
    }

    @Test
    void noQueryIsTheFirstPageOfFifty() throws Exception {
        Pageable pageable = ((PageQuery) resolve(0, new MockHttpServletRequest())).pageable(Map.of(), Sort.by("id"));

        assertThat(pageable.getPageNumber()).isZero();
        assertThat(pageable.getPageSize()).isEqualTo(Paging.DEFAULT_SIZE);
    }

    @Test
    void aPageOrSizeThatIsNoWholeNumberIsAFieldErrorOnEach() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("page", "abc");
        request.setParameter("size", "99999999999");

        assertThatThrownBy(() -> resolve(0, request))
                .isInstanceOfSatisfying(
                        ApiException.ValidationException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .extracting(ApiException.FieldError::field)
                                .containsExactly("page", "size"));
    }

    @Test
    void ifMatchRefusesAStaleVersionAndAcceptsTheCurrentOrNone() throws Exception {
        MockHttpServletRequest stale = new MockHttpServletRequest();
        stale.addHeader("If-Match", "\"3\"");
        IfMatch ifMatch = (IfMatch) resolve(1, stale);

        assertThatThrownBy(() -> ifMatch.check(4)).isInstanceOf(ApiException.PreconditionFailedException.class);
        ifMatch.check(3);
        ((IfMatch) resolve(1, new MockHttpServletRequest())).check(4);
    }
}

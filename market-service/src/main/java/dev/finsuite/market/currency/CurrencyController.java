package dev.finsuite.market.currency;

import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/currencies")
class CurrencyController {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

    private final CurrencyRepository repository;
    private final Currencies currencies;

    CurrencyController(CurrencyRepository repository, Currencies currencies) {
        this.repository = repository;
        this.currencies = currencies;
    }

    @GetMapping
    PageResponse<CurrencyView> list(@RequestParam(required = false) Boolean active, PageQuery paging) {
        var pageable = paging.orSize(Paging.MAX_SIZE).pageable(SORTABLE, Sort.by("code"));
        var found = active == null ? repository.findAll(pageable) : repository.findAllByActive(active, pageable);
        return PageResponse.of(found, CurrencyView::of);
    }

    @GetMapping("/{code}")
    CurrencyView get(@PathVariable String code) {
        return CurrencyView.of(currencies.get(code.toUpperCase(java.util.Locale.ROOT)));
    }

    record CurrencyView(String code, String name, int minorUnits, String symbol, boolean active, boolean iso) {
        static CurrencyView of(Currency currency) {
            return new CurrencyView(
                    currency.getCode(),
                    currency.getName(),
                    currency.getMinorUnits(),
                    currency.getSymbol(),
                    currency.isActive(),
                    currency.isIso());
        }
    }
}

package dev.finsuite.investment.asset;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.asset.AssetFailures.SymbolMalformed;
import dev.finsuite.investment.asset.AssetFailures.SymbolRequired;
import dev.finsuite.investment.market.DataSource;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The asset endpoints' request bodies: a whole new asset, a change whose absent fields stay, a manual price. */
final class AssetRequests {

    static final String SYMBOL = "[A-Za-z0-9._^=-]{1,32}";

    private AssetRequests() {}

    @Schema(example = """
            {"symbol": "AAPL", "dataSource": "STOOQ", "name": "Apple Inc.", "assetClass": "EQUITY", "currency": "USD"}""")
    record NewAsset(
            @Size(max = 32) String symbol,
            @NotNull DataSource dataSource,
            @NotBlank @Size(max = 200) String name,
            @NotNull AssetClass assetClass,
            @NotBlank @Size(max = 8) String currency,
            @Size(max = 2000) String notes,
            JsonNode metadata) {

        Asset.Details details(Currencies currencies, Metadata metadata) {
            return new Asset.Details(
                    spelled(dataSource, symbol),
                    dataSource,
                    name.strip(),
                    assetClass,
                    currencies.requireActive("currency", currency).code(),
                    Text.clean(notes),
                    metadata.write(this.metadata));
        }
    }

    /** A partial change: a null field stays as it is; a new data source re-reads the symbol in its spelling. */
    @Schema(example = """
            {"name": "Apple", "notes": "Core holding"}""")
    record AssetPatch(
            @Nullable @Size(max = 32) String symbol,
            @Nullable DataSource dataSource,
            @Nullable @Size(min = 1, max = 200) String name,
            @Nullable AssetClass assetClass,
            @Nullable @Size(min = 1, max = 8) String currency,
            @Nullable @Size(max = 2000) String notes,
            @Nullable JsonNode metadata) {

        Asset.Details mergedOnto(Asset.Details was, Currencies currencies, Metadata metadata) {
            DataSource source = dataSource == null ? was.dataSource() : dataSource;
            return new Asset.Details(
                    spelled(source, symbol == null ? was.symbol() : symbol),
                    source,
                    name == null ? was.name() : name.strip(),
                    assetClass == null ? was.assetClass() : assetClass,
                    currency == null
                            ? was.currency()
                            : currencies.requireActive("currency", currency).code(),
                    notes == null ? was.notes() : Text.clean(notes),
                    this.metadata == null ? was.metadataJson() : metadata.write(this.metadata));
        }
    }

    @Schema(example = """
            {"price": "612500.00"}""")
    record PriceRequest(
            @NotNull @DecimalMin("0") @DecimalMax("999999999999999999") @Digits(integer = 18, fraction = 10)
            BigDecimal price) {}

    /** Provider symbols are upper case, except CoinGecko's coin ids, which are lower case ("bitcoin"). */
    private static String spelled(DataSource source, String symbol) {
        if (symbol == null || symbol.isBlank()) {
            if (source != DataSource.MANUAL) {
                throw new SymbolRequired();
            }
            return null;
        }
        if (!symbol.matches(SYMBOL)) {
            throw new SymbolMalformed();
        }
        return source == DataSource.COINGECKO ? symbol.toLowerCase(Locale.ROOT) : symbol.toUpperCase(Locale.ROOT);
    }
}

package dev.finsuite.market.rate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's reference-rate XML (daily and 90-day history alike) by namespace and attribute, never by
 * position: {@code <Cube time=…>} opens a day, {@code <Cube currency=… rate=…/>} is a rate in it. DTDs and
 * external entities are refused, so a hostile document cannot reach files or the network.
 */
final class EcbXml {

    static final String SOURCE = "ECB";
    private static final String NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private EcbXml() {}

    static List<PublishedRate> parse(InputStream xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<PublishedRate> rates = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            LocalDate day = null;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT
                        || !"Cube".equals(reader.getLocalName())
                        || !NAMESPACE.equals(reader.getNamespaceURI())) {
                    continue;
                }
                String time = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "time");
                String currency = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "currency");
                String rate = reader.getAttributeValue(XMLConstants.NULL_NS_URI, "rate");
                if (time != null) {
                    day = LocalDate.parse(time);
                } else if (currency != null && rate != null) {
                    if (day == null || !CODE.matcher(currency).matches()) {
                        throw new MalformedRates("a rate outside a day, or a malformed currency: " + currency);
                    }
                    rates.add(new PublishedRate("EUR", currency, new BigDecimal(rate.trim()), day, SOURCE));
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new MalformedRates("ECB document unreadable: " + e.getMessage());
        }
        if (rates.isEmpty()) {
            throw new MalformedRates("ECB document holds no rates");
        }
        return rates;
    }
}

package cn.medins.settlement.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.domain.Claim;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.domain.RatingInput;

/**
 * The stored rating inputs of a replay, read with Jackson's streaming parser: read through the object mapper they took
 * about 40% of the replay thread's CPU over a million claims (JFR, bench {@code policy-replay-stored}), most of it in
 * the mapper's generic record binding; this way, about 30%. Only the shape {@link SettlementJson#write} gives a {@link RatingInput} is read here; anything else (a field
 * this does not know, a value of another type, a control character the mapper refuses) goes to
 * {@link SettlementJson#rated}, which reads it or says why not, so a replay's result never depends on which path read
 * a claim.
 */
final class PolicyReplayInputs {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Leaves the fast path; thrown often only for inputs the fast path does not know, so without a stack trace. */
    private static final class NotTheUsualShape extends Exception {

        private static final NotTheUsualShape INSTANCE = new NotTheUsualShape();

        private NotTheUsualShape() {
            super(null, null, false, false);
        }
    }

    private final SettlementJson json;

    PolicyReplayInputs(SettlementJson json) {
        this.json = json;
    }

    RatingInput read(String stored) {
        try (JsonParser parser = FACTORY.createParser(stored)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            Insured insured = null;
            Claim claim = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "insured" -> insured = insured(parser);
                    case "claim" -> claim = claim(parser);
                    default -> throw NotTheUsualShape.INSTANCE;
                }
            }
            if (insured == null || claim == null || parser.nextToken() != null) {
                throw NotTheUsualShape.INSTANCE;
            }
            return new RatingInput(insured, claim);
        } catch (NotTheUsualShape | IOException | RuntimeException e) {
            return json.rated(stored);
        }
    }

    private static Insured insured(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        Category category = null;
        String regionCode = null;
        NeedyCategory needy = null;
        Set<ChronicDisease> qualifications = null;
        Boolean remoteCareRegistered = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "category" -> category = Category.valueOf(text(parser));
                case "regionCode" -> regionCode = text(parser);
                case "needy" -> needy = value == JsonToken.VALUE_NULL ? null : NeedyCategory.valueOf(text(parser));
                case "qualifications" -> {
                    expect(value, JsonToken.START_ARRAY);
                    qualifications = EnumSet.noneOf(ChronicDisease.class);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        qualifications.add(ChronicDisease.valueOf(text(parser)));
                    }
                }
                case "remoteCareRegistered" -> {
                    if (!value.isBoolean()) {
                        throw NotTheUsualShape.INSTANCE;
                    }
                    remoteCareRegistered = value == JsonToken.VALUE_TRUE;
                }
                default -> throw NotTheUsualShape.INSTANCE;
            }
        }
        if (category == null || regionCode == null || qualifications == null || remoteCareRegistered == null) {
            throw NotTheUsualShape.INSTANCE;
        }
        return new Insured(category, regionCode, needy, qualifications, remoteCareRegistered);
    }

    private static Claim claim(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        VisitType visitType = null;
        Integer institutionLevel = null;
        String institutionRegionCode = null;
        LocalDate serviceDate = null;
        Claim.Delivery maternity = null;
        List<String> diagnosisCodes = null;
        List<Claim.Line> items = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "visitType" -> visitType = VisitType.valueOf(text(parser));
                case "institutionLevel" -> institutionLevel = whole(parser);
                case "institutionRegionCode" -> institutionRegionCode = text(parser);
                case "serviceDate" -> serviceDate = LocalDate.parse(text(parser));
                case "maternity" -> maternity = value == JsonToken.VALUE_NULL ? null : delivery(parser);
                case "diagnosisCodes" -> {
                    expect(value, JsonToken.START_ARRAY);
                    diagnosisCodes = new ArrayList<>(2);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        diagnosisCodes.add(text(parser));
                    }
                }
                case "items" -> {
                    expect(value, JsonToken.START_ARRAY);
                    items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(line(parser));
                    }
                }
                default -> throw NotTheUsualShape.INSTANCE;
            }
        }
        if (visitType == null || institutionLevel == null || institutionRegionCode == null || serviceDate == null
                || diagnosisCodes == null || items == null) {
            throw NotTheUsualShape.INSTANCE;
        }
        return new Claim(visitType, institutionLevel, institutionRegionCode, serviceDate, maternity, diagnosisCodes, items);
    }

    private static Claim.Delivery delivery(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        MaternityCaseType caseType = null;
        Integer birthOrder = null;
        Integer babies = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "caseType" -> caseType = MaternityCaseType.valueOf(text(parser));
                case "birthOrder" -> birthOrder = whole(parser);
                case "babies" -> babies = whole(parser);
                default -> throw NotTheUsualShape.INSTANCE;
            }
        }
        if (caseType == null || birthOrder == null || babies == null) {
            throw NotTheUsualShape.INSTANCE;
        }
        return new Claim.Delivery(caseType, birthOrder, babies);
    }

    private static Claim.Line line(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.START_OBJECT);
        String code = null;
        CatalogClass catalogClass = null;
        ItemCategory category = null;
        BigDecimal amount = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "code" -> code = text(parser);
                case "catalogClass" -> catalogClass = CatalogClass.valueOf(text(parser));
                case "category" -> category = ItemCategory.valueOf(text(parser));
                case "amount" -> {
                    if (value != JsonToken.VALUE_NUMBER_FLOAT && value != JsonToken.VALUE_NUMBER_INT) {
                        throw NotTheUsualShape.INSTANCE;
                    }
                    amount = parser.getDecimalValue();
                }
                default -> throw NotTheUsualShape.INSTANCE;
            }
        }
        if (code == null || catalogClass == null || category == null || amount == null) {
            throw NotTheUsualShape.INSTANCE;
        }
        return new Claim.Line(code, catalogClass, category, amount);
    }

    /** A JSON string as the mapper's text reader (service-support's {@code JsonLimits}) would take it, or the slow path. */
    private static String text(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.VALUE_STRING);
        String text = parser.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw NotTheUsualShape.INSTANCE;
            }
        }
        return text;
    }

    private static int whole(JsonParser parser) throws IOException, NotTheUsualShape {
        expect(parser.currentToken(), JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws NotTheUsualShape {
        if (actual != expected) {
            throw NotTheUsualShape.INSTANCE;
        }
    }
}

package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON output validates against the published schema and reads back into the same model. */
class JsonSchemaTest {

    @Test
    void seedOutputValidatesAndRoundTrips() throws Exception {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        String json = FiscalJson.write(doc);
        JsonSchema schema;
        try (InputStream in = FiscalDocument.class.getResourceAsStream("fiscal-lens.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode node = FiscalJson.mapper().readTree(json);
        Set<ValidationMessage> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(doc, FiscalJson.read(json));
        assertTrue(doc.sections().size() >= 3, "the seed has its parts");
    }
}

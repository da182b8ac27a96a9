package org.fiscallens.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet schema of an export table, derived from what {@link org.fiscallens.export.ExportRows} gives rather
 * than from a list of columns: the column names are the table's header (the CSV's), and each column's type is that
 * of its values ({@code String}, {@code Integer}, {@code Long}, {@code BigDecimal}), met by the tasks and merged on
 * the driver. Amounts are {@code decimal(38,10)}: exact for every printed figure (the corpus prints at most 7
 * decimals), where a double would not be. A column with no value in a batch takes the type it already has in the
 * committed dataset, else string; a batch whose values disagree with the committed type is written in the committed
 * type (numbers as their plain text in a string column), so that every file of a dataset has one schema.
 */
final class Columns {
    static final char NULL = 'N', INT = 'I', LONG = 'L', DECIMAL = 'D', BOOLEAN = 'B', STRING = 'S';
    static final DecimalType AMOUNT = DataTypes.createDecimalType(38, 10);

    private Columns() {}

    static char letter(Object v) {
        if (v == null) return NULL;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return INT;
        if (v instanceof Long) return LONG;
        if (v instanceof BigDecimal) return DECIMAL;
        if (v instanceof Boolean) return BOOLEAN;
        return STRING;
    }

    /** The type holding the values of both. */
    static char merge(char a, char b) {
        if (a == b || b == NULL) return a;
        if (a == NULL) return b;
        if (isNumber(a) && isNumber(b)) return a == DECIMAL || b == DECIMAL ? DECIMAL : LONG;
        return STRING;
    }

    private static boolean isNumber(char c) {
        return c == INT || c == LONG || c == DECIMAL;
    }

    static DataType type(char c) {
        return switch (c) {
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DECIMAL -> AMOUNT;
            case BOOLEAN -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }

    /**
     * The schema of a table: {@code letters} merged over the batch, {@code committed} the dataset's schema so far
     * (null when there is none).
     */
    static StructType schema(List<String> header, String letters, StructType committed) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            char c = i < letters.length() ? letters.charAt(i) : NULL;
            DataType t = null;
            if (committed != null && java.util.Arrays.asList(committed.fieldNames()).contains(name)) {
                t = committed.apply(name).dataType();
            }
            if (t == null) t = type(c);
            fields.add(DataTypes.createStructField(name, t, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** A value as the column's type holds it. */
    static Object convert(Object v, DataType t) {
        if (v == null) return null;
        if (t.equals(DataTypes.StringType)) return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        if (t.equals(DataTypes.IntegerType)) return v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString().strip());
        if (t.equals(DataTypes.LongType)) return v instanceof Number n ? n.longValue() : Long.valueOf(v.toString().strip());
        if (t instanceof DecimalType d) {
            BigDecimal b = v instanceof BigDecimal x ? x : new BigDecimal(v.toString().strip());
            return b.setScale(d.scale(), RoundingMode.HALF_EVEN);
        }
        if (t.equals(DataTypes.BooleanType)) return v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
        return v;
    }
}

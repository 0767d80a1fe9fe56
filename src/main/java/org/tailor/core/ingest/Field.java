package org.tailor.core.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The standard fields a column can map to. {@code column} is the workspace column written for customer and item
 * fields; interaction fields are handled by the importer. Columns mapped to nothing keep their header name and go
 * into the customer's (or item's) {@code attributes}.
 */
public enum Field {
    CUSTOMER_ID(Type.ID, null, "customer_id", "customerid", "customer", "cust_id", "custid", "client_id",
            "clientid", "user_id", "userid", "user", "member_id", "contact_id", "customer_number", "customer_no"),
    SKU(Type.ID, null, "sku", "stockcode", "stock_code", "product_id", "productid", "product", "item_id",
            "itemid", "item", "article", "article_id", "movie_id", "movieid", "asin", "product_code"),
    ORDER_ID(Type.ID, null, "order_id", "orderid", "invoiceno", "invoice_no", "invoice", "invoice_id",
            "order", "order_no", "order_number", "transaction_id", "receipt", "receipt_id"),
    KIND(Type.TEXT, null, "kind", "event", "event_type", "eventtype", "type", "action", "interaction"),
    VALUE(Type.NUMBER, null, "quantity", "qty", "rating", "value", "units", "count", "score"),
    AMOUNT(Type.NUMBER, null, "amount", "total", "revenue", "sales", "line_total", "order_total", "spend",
            "order_value", "net_amount"),
    UNIT_PRICE(Type.NUMBER, null, "unit_price", "unitprice", "item_price", "price_each"),
    TIMESTAMP(Type.DATE, null, "timestamp", "ts", "date", "time", "datetime", "order_date", "invoicedate",
            "invoice_date", "event_time", "event_date", "created_at", "purchase_date", "transaction_date"),
    FIRST_NAME(Type.TEXT, "first_name", "first_name", "firstname", "given_name", "forename"),
    AGE(Type.INTEGER, "age", "age"),
    BIRTH_YEAR(Type.INTEGER, "birth_year", "birth_year", "year_of_birth", "birthyear"),
    GENDER(Type.TEXT, "gender", "gender", "sex"),
    OCCUPATION(Type.TEXT, "occupation", "occupation", "job", "profession"),
    COUNTRY(Type.TEXT, "country", "country", "country_code"),
    CITY(Type.TEXT, "city", "city", "town"),
    ZIP(Type.TEXT, "zip", "zip", "zipcode", "zip_code", "postcode", "postal_code", "plz"),
    EMAIL(Type.TEXT, "email", "email", "e_mail", "email_address", "mail"),
    PHONE(Type.TEXT, "phone", "phone", "telephone", "mobile", "phone_number", "tel"),
    SIGNUP_DATE(Type.DATE, "signup_date", "signup_date", "signup", "registered", "created"),
    EMAIL_OPT_IN(Type.BOOLEAN, "email_opt_in", "email_opt_in", "opt_in", "optin", "newsletter",
            "marketing_consent", "consent"),
    OPTED_OUT(Type.BOOLEAN, "opted_out", "opted_out", "opt_out", "optout", "do_not_contact"),
    UNSUBSCRIBED_AT(Type.DATE, "unsubscribed_at", "unsubscribed_at", "unsubscribe_date", "unsubscribed"),
    TITLE(Type.TEXT, "title", "title", "description", "name", "product_name", "item_name"),
    CATEGORY(Type.TEXT, "category", "category", "department", "product_category"),
    GENRES(Type.TEXT, "genres", "genres", "genre", "tags"),
    PRICE(Type.NUMBER, "price", "price", "list_price");

    /** The value type a field expects. */
    public enum Type { ID, TEXT, INTEGER, NUMBER, DATE, BOOLEAN }

    private final Type type;
    private final String column;
    private final List<String> synonyms;

    Field(Type type, String column, String... synonyms) {
        this.type = type;
        this.column = column;
        this.synonyms = List.of(synonyms);
    }

    public Type type() {
        return type;
    }

    /** The customer or item table column this field writes, or null for interaction fields and ids. */
    public String column() {
        return column;
    }

    public boolean isCustomerField() {
        return ordinal() >= FIRST_NAME.ordinal() && ordinal() <= UNSUBSCRIBED_AT.ordinal();
    }

    public boolean isItemField() {
        return ordinal() >= TITLE.ordinal();
    }

    /** The lower-case key used in presets and mappings ({@code customer_id}, {@code sku} ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field parse(String key) {
        String k = key.trim().toUpperCase(Locale.ROOT);
        for (Field f : values()) {
            if (f.name().equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown field '" + key + "'");
    }

    /** 0.95 when the normalized header is one of the field's names, 0 otherwise. */
    double match(String header) {
        String h = normalize(header);
        for (String s : synonyms) {
            if (normalize(s).equals(h)) {
                return 0.95;
            }
        }
        return 0;
    }

    static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

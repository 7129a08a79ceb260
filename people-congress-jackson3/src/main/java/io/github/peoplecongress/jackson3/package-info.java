/**
 * Jackson 3 ({@code tools.jackson}) support for the people-congress model, for hosts such as Spring Boot 4 that run
 * Jackson 3: the project's JSON configuration and a module that reads and writes every model type.
 *
 * <pre>
 * JsonMapper mapper = CongressJson3.mapper();                                    // strict, the project's bytes
 * CommitteeRecords year = mapper.readValue(bytes, CommitteeRecords.class);
 * String json = mapper.writeValueAsString(year);                                 // the same bytes as Jackson 2
 *
 * JsonMapper hosts = JsonMapper.builder().addModule(new PeopleCongressModule()).build();   // the host's strictness
 * </pre>
 *
 * <p>The model itself is Jackson 2 through and through: its Immutables-generated types carry Jackson 2 databind's
 * {@code @JsonDeserialize(as = ImmutableX.class)}, and {@code ModelReader} reads files with Jackson 2 whatever the
 * host runs. Jackson 3 shares the annotations of {@code com.fasterxml.jackson.annotation} with Jackson 2 but ignores
 * Jackson 2 databind's; {@link io.github.peoplecongress.jackson3.PeopleCongressModule} supplies what those say, and
 * {@link io.github.peoplecongress.jackson3.CongressJson3} sets every feature whose default differs between the two
 * majors, so that both read and reject the same documents and write the same bytes.
 */
package io.github.peoplecongress.jackson3;

/*
 * langguess.h — which of the flows' languages a young person's message
 * is written in, for answering a first message or a crisis message in
 * their language.
 *
 * A cheap guess on letters and a few words, pure and thread-safe: Arabic
 * script -> "ar"; letters only Turkish has (ş ğ ı İ) or "merhaba" ->
 * "tr"; letters only Polish has (ł ś ą ę ż ź ć ń) or "cześć" -> "pl";
 * more English than Dutch function words -> "en" (crisis_text_english);
 * else NULL (keep the conversation's language).
 */
#ifndef LANGGUESS_H
#define LANGGUESS_H

const char	*langguess_text(const char *text);

#endif

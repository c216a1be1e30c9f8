/*
 * chatcmd.h — the CLI commands around the flows: `praatpaal flows check`
 * and `praatpaal chat` (a terminal simulator of the real engine).
 */
#ifndef CHATCMD_H
#define CHATCMD_H

/*
 * Load and check the flows in dir (NULL: "conf/flows"), then, when
 * lexicon is not NULL, the crisis lexicon and the crisis model (model
 * NULL: none) as serve loads them. Prints each problem on stderr ("file:
 * node \"id\": reason", "file:line: reason") and what loaded on stdout
 * ("flows OK: N flows, M nodes", "crisis lexicon OK: ...", "crisis model
 * OK: ..."). Returns the exit code: 0 OK, 1 problems.
 */
int	flows_cmd_check(const char *dir, const char *lexicon, const char *model);

/*
 * Talk to the engine from a terminal (or a pipe): each stdin line is one
 * message; replies are printed with their choices as "  1) title". Lines
 * starting with "/" are simulator commands (/help lists them; /quit
 * leaves; /image sends a photo). flows_dir NULL: "conf/flows";
 * lexicon_path NULL: "conf/crisis.lex" if it exists, else no crisis
 * check (with a warning); as: the simulated sender's phone number (NULL:
 * CHAT_DEFAULT_ADDRESS); sms: talk as over SMS (menus as numbered text,
 * as the daemon renders them) instead of WhatsApp; lang: the
 * conversation's language (NULL: the flows' default). Returns the exit
 * code: 0, or 1 when the flows or the lexicon do not load.
 */
#define CHAT_DEFAULT_ADDRESS	"31600000001"	/* a test-range number, never a real one */
#define CHAT_PSEUDONYM_KEY	"praatpaal-chat-simulator-key"

int	chat_cmd(const char *flows_dir, const char *lexicon_path, const char *as, int sms,
	    const char *lang);

#endif

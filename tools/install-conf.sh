#!/bin/sh
# The installed configuration: conf/praatpaal.conf with the keys that say
# where things are set to the installed paths, so that `praatpaal -n` and
# the systemd unit need no -c and no environment.
#   sh tools/install-conf.sh conf/praatpaal.conf SHAREDIR SYSCONFDIR > out
set -eu
src=$1 share=$2 etc=$3
sed -e "s|^#dir = conf/flows\$|dir = $share/flows|" \
    -e "s|^#lexicon = conf/crisis.lex\$|lexicon = $share/crisis.lex|" \
    -e "s|^#canned_dir = conf/canned\$|canned_dir = $share/canned|" \
    -e "s|^#texts = conf/console-texts.json\$|texts = $share/console-texts.json|" \
    -e "s|^#common_passwords = conf/common-passwords.txt\$|common_passwords = $share/common-passwords.txt|" \
    -e "s|^#pii_lists = conf/pii\$|pii_lists = $share/pii|" \
    -e "s|^#url = postgresql://praatpaal@localhost/praatpaal\$|url = postgresql:///praatpaal|" \
    -e "s|^#pseudonym_key_file = /etc/praatpaal/pseudonym_key\$|pseudonym_key_file = $etc/praatpaal/pseudonym_key|" \
    -e "s|^#user = praatpaal\$|user = praatpaal|" \
    -e "1s|^# praatpaal.conf — sample configuration.*|# praatpaal.conf — installed by make install; every key, with its default.|" \
    "$src"

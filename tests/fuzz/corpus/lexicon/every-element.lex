@a = ik|k
@b = wil|wou*
suicide @a @b ... dood $
except dood ...8 ...4 lachen
worry ^ (niet meer|geen zin) leven?
danger <20+> pillen
homeless * buiten slap*

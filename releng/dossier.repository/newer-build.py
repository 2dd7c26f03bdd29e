#!/usr/bin/env python3
"""Makes a newer build of the Dossier product archive for the plugins test: every Dossier bundle and feature gets
the qualifier QUALIFIER+'1' (jars, manifests, bundles.info, artifacts.xml, features, the p2 profile), as the next
CI build would. The new profile state keeps the old build's timestamp + 1 ms, i.e. it is OLDER than any state the
user's own installs wrote: a build made before the user installed a plugin.

    newer-build.py OLD.tar.gz NEW.tar.gz
"""
import gzip
import io
import re
import sys
import tarfile
import zipfile

old_archive, new_archive = sys.argv[1], sys.argv[2]
with tarfile.open(old_archive) as tar:
    members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()]

core = next(m.name for m, _ in members if re.search(r'/plugins/dossier\.core_[^/]+\.jar$', m.name))
old_version = re.search(r'dossier\.core_(.+)\.jar$', core).group(1)
new_version = old_version + '1'
old_b, new_b = old_version.encode(), new_version.encode()


def rewrite_jar(data):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as jar, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as new:
        for item in jar.infolist():
            content = jar.read(item.filename)
            if item.filename in ('META-INF/MANIFEST.MF', 'feature.xml'):
                content = content.replace(old_b, new_b)
            new.writestr(item, content)
    return out.getvalue()


states = sorted(m.name for m, _ in members if m.name.endswith('.profile.gz'))
newest_state = states[-1]
with tarfile.open(new_archive, 'w:gz') as out:
    for member, data in members:
        member.name = member.name.replace(old_version, new_version)
        member.pax_headers = {}
        if data is not None:
            if member.name.endswith('.jar') and new_version in member.name:
                data = rewrite_jar(data)
            elif member.name.endswith('.profile.gz'):
                data = gzip.compress(gzip.decompress(data).replace(old_b, new_b))
                if member.name == newest_state:
                    stamp = int(re.search(r'(\d+)\.profile\.gz$', member.name).group(1))
                    member.name = member.name.replace(str(stamp), str(stamp + 1))
            elif re.search(r'(bundles\.info|artifacts\.xml|feature\.xml|config\.ini|\.properties|\.prefs)$', member.name):
                data = data.replace(old_b, new_b)
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))
        else:
            out.addfile(member)
print(new_version)

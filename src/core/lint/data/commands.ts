/**
 * Command names a lesson may use, to tell a capitalised typo (`Timedatectl`) from a real command.
 * Common GNU/Linux, Debian and container tools; a course adds more under `lint: commands` in its curso.yaml.
 */
export const knownCommands = new Set(
  `
a2dismod a2enmod a2ensite a2dissite a2query adb adduser alias apache2ctl apachectl apk apt apt-cache apt-get apt-key ash awk base64 basename bash
bc bg break bunzip2 bzip2 cat cd certbot chgrp chmod chown chroot cksum clear cmp column comm composer continue cp crontab
curl cut date dd declare df diff dig dirname dmesg dnf docker docker-compose dpkg du echo egrep env eval exit export expr
false fdisk fg fgrep file find firewall-cmd for free fsck function gcc getent git gpg gradle grep groupadd groups gunzip gzip
head history host hostname hostnamectl htop id if ifconfig install ip iptables java javac jobs journalctl jq kill killall kubectl
less let ln local locale localectl login logout ls lsb_release lsblk lsof make man md5sum mkdir mkfifo mktemp more mount mv mvn
mysql nano nc netstat nft nginx nmap node nohup npm npx nslookup openssl passwd paste php ping pip pip3 pkill podman popd
printenv printf ps pushd pwd python python3 read readlink reboot rm rmdir rsync scp sed seq service set setfacl sh sha1sum
sha256sum shift shutdown sleep sort source ss ssh ssh-keygen stat su sudo systemctl tail tar tee telnet test time
timedatectl timeout top touch tr traceroute trap true type ufw umask umount uname unalias uniq unset unzip update-alternatives
uptime useradd userdel usermod vagrant vi vim virsh virt-install VBoxManage wait wc wget whereis which while who whoami
xargs yes yum zip zsh
`
    .trim()
    .split(/\s+/),
);

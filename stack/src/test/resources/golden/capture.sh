#!/usr/bin/env bash
# Makes the golden capture: real packets from the Linux kernel and its tools between two network
# namespaces this script creates (10.77.0.1 <-> 10.77.0.2 on a veth pair), captured by dumpcap and
# dissected by tshark. Run by hand (as root) when the set of golden packets changes; the test
# (GoldenPacketsTest) reads the committed golden.pcap and golden.csv and never runs this.
#   ARP request/reply, ICMP echo (56 bytes), ICMP echo of 3000 bytes (fragmented both ways),
#   UDP to a closed port and the kernel's ICMP port unreachable, glibc's DNS queries (A and AAAA)
#   and their port unreachables, an IPv4 packet with a record-route option (ping -R), and a TCP
#   connection (nc): handshake with Linux's options, data, FIN from each side.
set -euo pipefail
cd "$(dirname "$0")"
A=jnic-golden-a; B=jnic-golden-b
cleanup() { ip netns del $A 2>/dev/null || true; ip netns del $B 2>/dev/null || true; rm -rf /etc/netns/$A; }
trap cleanup EXIT
cleanup
ip netns add $A; ip netns add $B
ip link add va netns $A type veth peer name vb netns $B
ip -n $A addr add 10.77.0.1/24 dev va; ip -n $B addr add 10.77.0.2/24 dev vb
ip -n $A link set va up; ip -n $B link set vb up
# Full checksums in the capture, not the partial ones checksum offload leaves.
ip netns exec $A ethtool -K va tx off >/dev/null; ip netns exec $B ethtool -K vb tx off >/dev/null
mkdir -p /etc/netns/$A; echo "nameserver 10.77.0.2" > /etc/netns/$A/resolv.conf
sleep 1
ip netns exec $A dumpcap -q -P -i va -w /tmp/jnic-golden.pcap -f "not ip6" & CAP=$!
sleep 2
ip netns exec $A ping -c 1 -s 56 10.77.0.2 >/dev/null
ip netns exec $A ping -c 1 -s 3000 10.77.0.2 >/dev/null
ip netns exec $A ping -c 1 -s 16 -R 10.77.0.2 >/dev/null
echo -n "jnic-golden" | ip netns exec $A nc -u -w 1 -p 40000 10.77.0.2 9 || true
ip netns exec $A getent ahostsv4 www.jnic.test >/dev/null || true
ip netns exec $B timeout 5 nc -l 8080 >/dev/null & SERVER=$!
sleep 0.5
echo "GET / HTTP/1.0" | ip netns exec $A nc -N -w 2 10.77.0.2 8080 || true
wait $SERVER 2>/dev/null || true
sleep 1
kill $CAP; wait $CAP 2>/dev/null || true
cp /tmp/jnic-golden.pcap golden.pcap
tshark -r golden.pcap -o ip.defragment:FALSE -o ip.check_checksum:TRUE -o udp.check_checksum:TRUE -o tcp.check_checksum:TRUE -o tcp.relative_sequence_numbers:FALSE -T fields -E header=y -E separator=, -E occurrence=f \
  -e frame.number -e frame.len -e eth.dst -e eth.src -e eth.type \
  -e arp.opcode -e arp.src.hw_mac -e arp.src.proto_ipv4 -e arp.dst.hw_mac -e arp.dst.proto_ipv4 \
  -e ip.hdr_len -e ip.len -e ip.id -e ip.flags.df -e ip.flags.mf -e ip.frag_offset -e ip.ttl -e ip.proto -e ip.src -e ip.dst -e ip.checksum.status \
  -e icmp.type -e icmp.code -e icmp.ident -e icmp.seq -e icmp.checksum.status \
  -e udp.srcport -e udp.dstport -e udp.length -e udp.checksum.status \
  -e dns.id -e dns.qry.name -e dns.qry.type \
  -e tcp.srcport -e tcp.dstport -e tcp.seq -e tcp.ack -e tcp.flags -e tcp.window_size_value -e tcp.len -e tcp.hdr_len \
  -e tcp.options.mss_val -e tcp.options.wscale.shift -e tcp.options.sack_perm -e tcp.options.timestamp.tsval \
  -e tcp.options.timestamp.tsecr -e tcp.checksum.status > golden.csv
echo "golden: $(($(wc -l < golden.csv) - 1)) frames in golden.pcap, dissected in golden.csv"

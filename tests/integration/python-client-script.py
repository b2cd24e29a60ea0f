"""What a Python integrator does with nothing but the generated client (client/python/reelforge_client.py).

Run by tests/integration/python-client.test.ts against a real server:
    python3 python-client-script.py <base url> <api key> <webhook secret> <output path>
Prints one JSON object with what it saw; exits non-zero on the first thing that is not as documented.
"""

import http.server
import json
import sys
import threading

from reelforge_client import ReelforgeClient, ReelforgeError, verify_webhook_signature

base_url, api_key, webhook_secret, output_path = sys.argv[1:5]
client = ReelforgeClient(base_url, api_key=api_key)
seen = {}

# A webhook receiver of our own, as an integrator would run one.
received = []
arrived = threading.Event()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        received.append({"body": body, "signature": self.headers.get("Reelforge-Signature"), "event": self.headers.get("Reelforge-Event")})
        self.send_response(200)
        self.end_headers()
        arrived.set()

    def log_message(self, *args):
        pass


receiver = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=receiver.serve_forever, daemon=True).start()

templates = client.templates.list()
seen["templates"] = [template["id"] for template in templates["items"]]
assert "quote-card" in seen["templates"], seen["templates"]
assert templates["nextCursor"] is None

try:
    client.renders.create(template="quote-card", props={})
    raise AssertionError("props without a quote were accepted")
except ReelforgeError as error:
    seen["refused"] = {"code": error.code, "status": error.status, "message": error.message, "paths": [issue["path"] for issue in error.issues]}

render = client.renders.create(
    template="quote-card",
    props={"quote": "Integrated from Python."},
    output={"scale": 0.2},
    webhook={"url": f"http://127.0.0.1:{receiver.server_port}/hook"},
)
seen["created"] = render["status"]
statuses = [state["status"] for state in client.follow_render(render["id"])]
seen["followed"] = statuses
done = client.wait_for_render(render["id"])
assert done["status"] == "done", done.get("error")
seen["done"] = {"status": done["status"], "width": done["width"], "height": done["height"], "outputSizeBytes": done["outputSizeBytes"]}

first = client.download(done["outputUrl"], byte_range=(0, 1023))
seen["range"] = {"status": first.status, "length": len(first.content), "contentRange": first.headers.get("content-range")}
whole = client.download(done["outputUrl"])
seen["whole"] = {"status": whole.status, "length": len(whole.content)}
assert whole.content[:1024] == first.content
with open(output_path, "wb") as file:
    file.write(whole.content)

listed = client.renders.list(limit=5)
seen["listed"] = [item["id"] for item in listed["items"]]

assert arrived.wait(30), "no webhook arrived"
hook = received[0]
seen["webhook"] = {
    "event": hook["event"],
    "verified": verify_webhook_signature(webhook_secret, hook["body"], hook["signature"]),
    "tamperedVerified": verify_webhook_signature(webhook_secret, hook["body"] + b" ", hook["signature"]),
    "wrongSecretVerified": verify_webhook_signature("not-the-secret", hook["body"], hook["signature"]),
    "renderId": json.loads(hook["body"])["data"]["render"]["id"],
}
receiver.shutdown()
print(json.dumps(seen))

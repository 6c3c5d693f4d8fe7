# Writes the realistic export fixtures of RealWorldExportsKpiTest (same work in every shape; see its Javadoc).
# Run: python3 sandbox/src/test/resources/exports/make-fixtures.py (deterministic: rewrites the same files).
import json, copy
import os
OUT=os.path.dirname(os.path.abspath(__file__))+'/'
TODO={"id":"10000","name":"To Do","statusCategory":{"id":2,"key":"new","name":"To Do"}}
PROG={"id":"3","name":"In Progress","statusCategory":{"id":4,"key":"indeterminate","name":"In Progress"}}
DONE={"id":"10001","name":"Done","statusCategory":{"id":3,"key":"done","name":"Done"}}
ST={"10000":TODO,"3":PROG,"10001":DONE}
def ts(d, off="+0000"):
    # d like '2024-01-04T09:00'
    if off=="+0000": return d+":00.000+0000"
    # +0100: add one hour to the local time
    from datetime import datetime, timedelta
    t=datetime.strptime(d,"%Y-%m-%dT%H:%M")+timedelta(hours=1)
    return t.strftime("%Y-%m-%dT%H:%M")+":00.000+0100"
S1=dict(id=1,name="KAN Sprint 1",state="closed",boardId=1,start="2024-01-01T10:00",end="2024-01-14T10:00",complete="2024-01-15T10:00")
S2=dict(id=2,name="KAN Sprint 2",state="closed",boardId=1,start="2024-01-15T10:00",end="2024-01-28T10:00",complete="2024-01-29T10:00")
V1={"id":"10100","name":"1.0","released":True,"releaseDate":"2024-01-31"}
# key, type, points, sprint, created, [(at, from, to)], status, epic
ISSUES=[
 ("KAN-1","Story",3,S1,"2024-01-01T09:00",[("2024-01-02T09:00","10000","3"),("2024-01-04T09:00","3","10001")],"10001","KAN-5",[]),
 ("KAN-2","Story",5,S1,"2024-01-01T09:00",[("2024-01-03T09:00","10000","3"),("2024-01-11T09:00","3","10001")],"10001","KAN-5",[]),
 ("KAN-3","Bug",2,S2,"2024-01-10T09:00",[("2024-01-16T09:00","10000","3"),("2024-01-18T09:00","3","10001")],"10001",None,[V1]),
 ("KAN-4","Story",8,S2,"2024-01-10T09:00",[("2024-01-17T09:00","10000","3"),("2024-02-01T09:00","3","10001")],"10001",None,[]),
 ("KAN-5","Epic",None,None,"2024-01-01T09:00",[],"10000",None,[]),
 ("KAN-6","Story",None,None,"2024-01-20T09:00",[("2024-01-22T09:00","10000","3")],"3",None,[]),
]
TYPES={"Story":{"id":"10001","name":"Story","subtask":False,"hierarchyLevel":0},
       "Bug":{"id":"10004","name":"Bug","subtask":False,"hierarchyLevel":0},
       "Epic":{"id":"10000","name":"Epic","subtask":False,"hierarchyLevel":1}}
def sprint_obj(s, off):
    return {"id":s["id"],"name":s["name"],"state":s["state"],"boardId":s["boardId"],"goal":"",
            "startDate":s["start"]+":00.000Z","endDate":s["end"]+":00.000Z","completeDate":s["complete"]+":00.000Z"}
def sprint_text(s):
    return ("com.atlassian.greenhopper.service.sprint.Sprint@5e4f%d[id=%d,rapidViewId=%d,state=CLOSED,name=%s,goal=,"
            "startDate=%s:00.000Z,endDate=%s:00.000Z,completeDate=%s:00.000Z,sequence=%d]")%(s["id"],s["id"],s["boardId"],s["name"],s["start"],s["end"],s["complete"],s["id"])
def build(style, off="+0000", newest_first=False, changelog=True, resolution=False, sp="customfield_10016",
          spr="customfield_10020", epic_field=None, parent=True, sp_items=False, types=TYPES, status_names=None,
          parent_items=False, adf=False, agile=False):
    out=[]
    for (key,t,pts,spt,created,moves,status,epic,fv) in ISSUES:
        st=copy.deepcopy(ST[status])
        if status_names: st["name"]=status_names[status]
        f={"summary":"Work item "+key,"issuetype":types[t],"project":{"id":"10000","key":"KAN","name":"Kanban"},
           "status":st,"created":ts(created,off),"updated":ts(moves[-1][0] if moves else created,off),
           "fixVersions":fv,"resolution":None,"resolutiondate":None}
        if resolution and status=="10001":
            f["resolution"]={"id":"10000","name":"Done"}
            f["resolutiondate"]=ts(moves[-1][0],off)
        if adf:
            f["description"]={"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"As a user I want "+key}]}]}
        else:
            f["description"]="As a user I want "+key
        if pts is not None: f[sp]=float(pts)
        else: f[sp]=None
        if spt:
            if agile:
                f["sprint"]=None
                f["closedSprints"]=[sprint_obj(spt,off)]
            elif style=="server":
                f[spr]=[sprint_text(spt)]
            else:
                f[spr]=[sprint_obj(spt,off)]
        elif not agile:
            f[spr]=None
        f["customfield_10019"]="0|i0000%d:"%int(key[4:])  # rank: a text, never an epic
        if epic:
            if agile:
                f["epic"]={"id":10005,"key":epic,"name":"Onboarding","summary":"Onboarding","done":False}
            if epic_field:
                f[epic_field]=epic
            if parent and not agile:
                f["parent"]={"id":"10005","key":epic,"fields":{"summary":"Onboarding","status":copy.deepcopy(ST["10000"]),
                             "issuetype":types["Epic"]}}
        elif epic_field:
            f[epic_field]=None
        issue={"expand":"operations,versionedRepresentations,editmeta,changelog,renderedFields","id":str(10000+int(key[4:])),
               "self":"https://example.atlassian.net/rest/api/2/issue/"+str(10000+int(key[4:])),"key":key,"fields":f}
        if changelog:
            hist=[]
            n=1
            if sp_items and pts is not None:
                hist.append({"id":str(n),"author":{"displayName":"Ann"},"created":ts(created,off),"items":[
                    {"field":"Story Points","fieldtype":"custom","fieldId":sp,"from":None,"fromString":None,"to":None,"toString":str(pts)}]})
                n+=1
            if parent_items and epic:
                hist.append({"id":str(n),"author":{"displayName":"Ann"},"created":ts(created,off),"items":[
                    {"field":"IssueParentAssociation","fieldtype":"jira","from":None,"fromString":None,"to":"10005","toString":epic}]})
                n+=1
            for (at,fr,to) in moves:
                item={"field":"status","fieldtype":"jira","from":fr,"fromString":(status_names or {}).get(fr,ST[fr]["name"]),
                      "to":to,"toString":(status_names or {}).get(to,ST[to]["name"])}
                if style!="server": item["fieldId"]="status"
                items=[item]
                if resolution and to=="10001":
                    items.append({"field":"resolution","fieldtype":"jira","from":None,"fromString":None,"to":"10000","toString":"Done"})
                hist.append({"id":str(n),"author":{"displayName":"Ann"},"created":ts(at,off),"items":items})
                n+=1
            if newest_first: hist.reverse()
            issue["changelog"]={"startAt":0,"maxResults":len(hist),"total":len(hist),"histories":hist}
        out.append(issue)
    return out
def write(name, doc):
    with open(OUT+name,"w") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
# 1 Cloud REST v2: no names (a search without expand=names), story points known by the fieldId of its changelog items,
# epics through parent, newest-first changelog, no resolution date
write("cloud-v2.json",{"expand":"schema,names","startAt":0,"maxResults":50,"total":6,
    "issues":build("cloud",newest_first=True,sp_items=True)})
# 2 Cloud REST v3: ADF descriptions, schema block (expand=schema), team-managed Story point estimate,
# epic links only in the changelog (IssueParentAssociation), no parent field
write("cloud-v3.json",{"expand":"schema","startAt":0,"maxResults":50,"total":6,
    "schema":{"customfield_10016":{"type":"number","custom":"com.pyxis.greenhopper.jira:jsw-story-points","customId":10016},
              "customfield_10020":{"type":"array","items":"json","custom":"com.pyxis.greenhopper.jira:gh-sprint","customId":10020},
              "customfield_10019":{"type":"any","custom":"com.pyxis.greenhopper.jira:gh-lexo-rank","customId":10019}},
    "issues":build("cloud",adf=True,parent=False,parent_items=True,newest_first=True)})
# 3 agile board issues endpoint: sprint/closedSprints/epic fields, story points in customfield_10002 unnamed
write("agile-board.json",{"expand":"schema,names","startAt":0,"maxResults":50,"total":6,
    "issues":build("cloud",agile=True,sp="customfield_10002")})
# 4 Server 7.2 with names and changelog: GreenHopper sprint texts, Epic Link, resolution dates, +0100 offsets
names={"summary":"Summary","customfield_10002":"Story Points","customfield_10005":"Sprint","customfield_10008":"Epic Link",
       "customfield_10019":"Rank","status":"Status","created":"Created"}
server=build("server",off="+0100",resolution=True,sp="customfield_10002",spr="customfield_10005",epic_field="customfield_10008",parent=False)
write("server-names.json",{"expand":"names,schema","startAt":0,"maxResults":50,"total":6,"names":names,"issues":server})
# 5 Server without names
write("server-no-names.json",{"expand":"schema","startAt":0,"maxResults":50,"total":6,"issues":server})
# 6 Server with names, no changelog (a search without expand=changelog)
write("server-no-changelog.json",{"expand":"names,schema","startAt":0,"maxResults":50,"total":6,"names":names,
    "issues":build("server",off="+0100",resolution=True,changelog=False,sp="customfield_10002",spr="customfield_10005",epic_field="customfield_10008",parent=False)})
# 7 German instance: localised names, types and statuses
de_types={"Story":{"id":"10001","name":"Story","subtask":False},"Bug":{"id":"10004","name":"Fehler","subtask":False},
          "Epic":{"id":"10000","name":"Epos","subtask":False}}
de_names={"summary":"Zusammenfassung","customfield_10002":"Story-Punkte","customfield_10005":"Sprint",
          "customfield_10008":"Epic-Verknüpfung","customfield_10019":"Rang"}
write("server-german.json",{"expand":"names,schema","startAt":0,"maxResults":50,"total":6,"names":de_names,
    "issues":build("server",off="+0100",resolution=True,sp="customfield_10002",spr="customfield_10005",epic_field="customfield_10008",
                   parent=False,types=de_types,status_names={"10000":"Offen","3":"In Arbeit","10001":"Erledigt"})})
write("empty.json",{"startAt":0,"maxResults":50,"total":0,"issues":[]})
# 8 issues collected one by one: GET /rest/api/2/issue/KEY?expand=names,changelog for each, in a JSON array;
# Jira writes names after fields in an issue response
one_by_one=[]
for issue in copy.deepcopy(server):
    ordered={k:issue[k] for k in ("expand","id","self","key","fields")}
    ordered["names"]=names
    ordered["changelog"]=issue["changelog"]
    one_by_one.append(ordered)
write("server-issue-by-issue.json", one_by_one)
# 9 a Server/Data Center webhook payload (jira:issue_updated): the issue, and the one event's items
hook_issue=copy.deepcopy(server[3])
del hook_issue["changelog"]
write("server-webhook.json",{"timestamp":1706778000000,"webhookEvent":"jira:issue_updated","issue_event_type_name":"issue_generic",
    "user":{"name":"ann","displayName":"Ann"},"issue":hook_issue,
    "changelog":{"id":"10400","items":[{"field":"status","fieldtype":"jira","from":"3","fromString":"In Progress","to":"10001","toString":"Done"}]}})
